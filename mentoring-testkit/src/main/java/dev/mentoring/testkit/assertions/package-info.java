/** AssertJ assertions for Mentoring SDK values such as matching results. */
@NullMarked
package dev.mentoring.testkit.assertions;

import org.jspecify.annotations.NullMarked;
