package dev.mentoring.jackson.internal;

import dev.mentoring.json.internal.JsonWriter;
import tools.jackson.core.JsonGenerator;

/** The codecs' writer port over a Jackson 3 generator. */
final class GeneratorWriter implements JsonWriter {
  private final JsonGenerator gen;

  GeneratorWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void beginObject() {
    gen.writeStartObject();
  }

  @Override
  public void endObject() {
    gen.writeEndObject();
  }

  @Override
  public void beginArray() {
    gen.writeStartArray();
  }

  @Override
  public void endArray() {
    gen.writeEndArray();
  }

  @Override
  public void name(String name) {
    gen.writeName(name);
  }

  @Override
  public void string(String value) {
    gen.writeString(value);
  }

  @Override
  public void number(long value) {
    gen.writeNumber(value);
  }

  @Override
  public void number(String raw) {
    gen.writeNumber(raw);
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }
}
