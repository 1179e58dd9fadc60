package dev.mentoring.jackson.internal;

import dev.mentoring.json.internal.StringCodec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an id or enum as a map key, in the same text as its value form.
 *
 * @param <T> the class
 */
final class KeySerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final StringCodec<T> codec;

  KeySerializer(Class<T> type, StringCodec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeName(codec.format(value));
  }
}
