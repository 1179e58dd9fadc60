package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteCapability;
import dev.mentoring.json.internal.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The codecs' writer port over a Jackson 2 generator. An {@link IOException} travels out as {@link
 * UncheckedIOException} and {@link CodecSerializer} throws its cause again. Number text is written
 * as given where the generator can write formatted numbers (JSON text); others (binary formats) get
 * the double it denotes, which the codecs format with {@link Double#toString(double)}, so nothing
 * is lost.
 */
final class GeneratorWriter implements JsonWriter {
  private final JsonGenerator gen;
  private final boolean formattedNumbers;

  GeneratorWriter(JsonGenerator gen) {
    this.gen = gen;
    this.formattedNumbers = gen.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
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
      if (formattedNumbers) {
        gen.writeNumber(raw);
      } else {
        gen.writeNumber(Double.parseDouble(raw));
      }
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
