package dev.mentoring.jackson.internal;

import dev.mentoring.json.internal.JsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteCapability;

/**
 * The codecs' writer port over a Jackson 3 generator. Number text is written as given where the
 * generator can write formatted numbers (JSON text); others (tree builders, binary formats) get the
 * double it denotes, which the codecs format with {@link Double#toString(double)}, so nothing is
 * lost.
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
    if (formattedNumbers) {
      gen.writeNumber(raw);
    } else {
      gen.writeNumber(Double.parseDouble(raw));
    }
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }
}
