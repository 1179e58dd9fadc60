/**
 * Adapters between Jackson 2 and the shared codecs of {@code dev.mentoring.json.internal}. Not
 * exported; nothing here is API.
 */
@NullMarked
package dev.mentoring.jackson2.internal;

import org.jspecify.annotations.NullMarked;
