/**
 * A custom storage back end: {@link dev.mentoring.examples.store.AuditingMentoringStore} decorates
 * any {@link dev.mentoring.core.spi.MentoringStore}, counts its transactions and keeps an audit
 * trail of every committed write; the testkit's {@code MentoringStoreContract} certifies it. {@link
 * dev.mentoring.examples.store.AuditingStoreExample} runs the quick start on it and prints what was
 * written.
 */
@NullMarked
package dev.mentoring.examples.store;

import org.jspecify.annotations.NullMarked;
