/**
 * The in-memory reference store, {@link dev.mentoring.core.memory.InMemoryMentoringStore}: the
 * engine's default, thread-safe, with atomic transactions and optimistic versions. Suited to tests,
 * demos, research and hosts that persist snapshots themselves; data is lost when the JVM exits.
 */
@NullMarked
package dev.mentoring.core.memory;

import org.jspecify.annotations.NullMarked;
