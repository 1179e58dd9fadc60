package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.mentoring.json.internal.Codec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes one covered class through its codec. Type information is never added: the shape names
 * sealed subtypes itself, so default typing does not apply to covered classes.
 *
 * @param <T> the class
 */
final class CodecSerializer<T> extends JsonSerializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<T> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
      throws IOException {
    try {
      codec.write(value, new GeneratorWriter(gen));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void serializeWithType(
      T value, JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
      throws IOException {
    serialize(value, gen, serializers);
  }
}
