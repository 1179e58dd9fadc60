/**
 * A throwaway PostgreSQL server for the tests of {@code mentoring-jdbc} and for the benchmarks; see
 * {@link dev.mentoring.postgres.testing.PostgresServer}.
 */
@NullMarked
package dev.mentoring.postgres.testing;

import org.jspecify.annotations.NullMarked;
