/**
 * Adapters between Jackson 3 and the shared codecs of {@code dev.mentoring.json.internal}. Not
 * exported; nothing here is API.
 */
@NullMarked
package dev.mentoring.jackson.internal;

import org.jspecify.annotations.NullMarked;
