package dev.mentoring.jackson.internal;

import dev.mentoring.json.internal.Codec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Writes one covered class through its codec. Type information is never added: the shape names
 * sealed subtypes itself, so default typing does not apply to covered classes.
 *
 * @param <T> the class
 */
final class CodecSerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    codec.write(value, new GeneratorWriter(gen));
  }

  @Override
  public void serializeWithType(
      T value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
    serialize(value, gen, ctxt);
  }
}
