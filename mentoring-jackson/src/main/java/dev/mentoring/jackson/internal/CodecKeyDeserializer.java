package dev.mentoring.jackson.internal;

import dev.mentoring.json.internal.StringCodec;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/** Reads an id or enum map key from its text. */
final class CodecKeyDeserializer extends KeyDeserializer {
  private final StringCodec<?> codec;

  CodecKeyDeserializer(StringCodec<?> codec) {
    this.codec = codec;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) {
    return codec.parse(key, ParserTokens.keyPathOf(ctxt.getParser()));
  }
}
