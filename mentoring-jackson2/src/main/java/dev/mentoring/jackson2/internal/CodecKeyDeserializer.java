package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import dev.mentoring.json.internal.StringCodec;

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
