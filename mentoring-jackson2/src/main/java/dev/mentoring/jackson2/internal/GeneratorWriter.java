package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mentoring.json.internal.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The codecs' writer port over a Jackson 2 generator. An {@link IOException} travels out as {@link
 * UncheckedIOException} and {@link CodecSerializer} throws its cause again.
 */
final class GeneratorWriter implements JsonWriter {
  private final JsonGenerator gen;

  GeneratorWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void beginObject() {
    try {
      gen.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beginArray() {
    try {
      gen.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      gen.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      gen.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      gen.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(long value) {
    try {
      gen.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(String raw) {
    try {
      gen.writeNumber(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      gen.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
