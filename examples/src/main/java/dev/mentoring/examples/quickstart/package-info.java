/**
 * The quick start: {@link dev.mentoring.examples.quickstart.QuickStart} runs one program from
 * creation to its report on the in-memory store.
 */
@NullMarked
package dev.mentoring.examples.quickstart;

import org.jspecify.annotations.NullMarked;
