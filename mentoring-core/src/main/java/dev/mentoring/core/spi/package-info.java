/**
 * The storage SPI. A host that keeps data in its own database implements one {@link
 * dev.mentoring.core.spi.MentoringStore}; the engine runs every operation in {@link
 * dev.mentoring.core.spi.MentoringStore#inTransaction} and reaches the data through the narrow
 * repositories a {@link dev.mentoring.core.spi.StoreTransaction} hands out.
 *
 * <p>Every aggregate carries a version: {@code insert} takes version 0 and stores version 1, {@code
 * update} is a compare-and-set on the version and stores the next one, and a mismatch throws {@link
 * dev.mentoring.core.ConcurrentUpdateException}. The testkit's conformance kit certifies an
 * implementation; {@code dev.mentoring.core.memory.InMemoryMentoringStore} is the reference.
 */
@NullMarked
package dev.mentoring.core.spi;

import org.jspecify.annotations.NullMarked;
