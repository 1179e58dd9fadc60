package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.internal.Codec;
import dev.mentoring.json.internal.JsonTreeReader;
import dev.mentoring.json.internal.JsonValue;
import dev.mentoring.json.internal.Path;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads one covered class: the parser's current value into a {@link JsonValue} (checking limits and
 * duplicate keys), then through the codec. Type information is never expected.
 *
 * @param <T> the class
 */
final class CodecDeserializer<T> extends JsonDeserializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;
  private final JsonReadOptions options;

  CodecDeserializer(Class<T> type, Codec<T> codec, JsonReadOptions options) {
    this.type = type;
    this.codec = codec;
    this.options = options;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Path path = ParserTokens.pathOf(p);
    JsonValue json;
    try {
      json = JsonTreeReader.read(new ParserTokens(p), options, path);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return codec.read(json, path, options);
  }

  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(p, ctxt);
  }
}
