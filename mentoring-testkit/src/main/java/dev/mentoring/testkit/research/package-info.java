/**
 * A research harness that runs matching strategies over generated organisations and seeds and
 * prints a comparison table as Markdown or CSV.
 */
@NullMarked
package dev.mentoring.testkit.research;

import org.jspecify.annotations.NullMarked;
