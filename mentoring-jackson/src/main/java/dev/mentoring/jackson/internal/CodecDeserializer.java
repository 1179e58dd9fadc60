package dev.mentoring.jackson.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.internal.Codec;
import dev.mentoring.json.internal.JsonTreeReader;
import dev.mentoring.json.internal.JsonValue;
import dev.mentoring.json.internal.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads one covered class: the parser's current value into a {@link JsonValue} (checking limits and
 * duplicate keys), then through the codec. Type information is never expected.
 *
 * @param <T> the class
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {
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
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Path path = ParserTokens.pathOf(p);
    JsonValue json = JsonTreeReader.read(new ParserTokens(p), options, path);
    return codec.read(json, path, options);
  }

  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }
}
