/**
 * The machinery behind the JSON shape; exported only to the two Jackson modules, not API.
 *
 * <p>Writing: a {@link dev.mentoring.json.internal.Codec} writes a value to a {@link
 * dev.mentoring.json.internal.JsonWriter}, which each Jackson module implements over its generator.
 * Reading: {@link dev.mentoring.json.internal.JsonTreeReader} reads the tokens of one value from a
 * {@link dev.mentoring.json.internal.JsonTokens} (which each Jackson module implements over its
 * parser) into an immutable {@link dev.mentoring.json.internal.JsonValue}, enforcing the limits of
 * {@link dev.mentoring.json.JsonReadOptions} and rejecting duplicate keys; the codec then builds
 * the value from that tree through the value's public constructor. {@link
 * dev.mentoring.json.internal.Codecs} maps every covered class to its codec.
 */
@NullMarked
package dev.mentoring.json.internal;

import org.jspecify.annotations.NullMarked;
