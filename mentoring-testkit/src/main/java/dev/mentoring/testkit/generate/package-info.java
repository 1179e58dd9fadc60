/**
 * Seeded generators for every public domain value and for whole consistent programs, and {@link
 * dev.mentoring.testkit.generate.SyntheticOrganization}, a realistic employee population for a seed
 * and a size. Generators take a seed and a size and return values; they depend on no test
 * framework.
 */
@NullMarked
package dev.mentoring.testkit.generate;

import org.jspecify.annotations.NullMarked;
