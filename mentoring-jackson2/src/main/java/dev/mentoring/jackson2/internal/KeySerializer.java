package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.mentoring.json.internal.StringCodec;
import java.io.IOException;

/**
 * Writes an id or enum as a map key, in the same text as its value form.
 *
 * @param <T> the class
 */
final class KeySerializer<T> extends JsonSerializer<T> {
  private final Class<T> type;
  private final StringCodec<T> codec;

  KeySerializer(Class<T> type, StringCodec<T> codec) {
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
    gen.writeFieldName(codec.format(value));
  }
}
