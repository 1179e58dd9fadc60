package dev.mentoring.matching.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a range of rows as chunks on the calling thread and, optionally, helper tasks on an
 * executor. Every participating thread makes one worker and claims chunks until none is left; the
 * caller then waits only for chunks already claimed, so a busy or single-threaded executor (even
 * one whose only thread is the caller) cannot deadlock the run.
 *
 * <p>Results are deterministic as long as each chunk writes only its own rows. If chunks fail, the
 * failure of the lowest chunk is rethrown, which is the failure of the lowest failing row because
 * each chunk stops at its first failure.
 */
final class ScoringParallel {
  private ScoringParallel() {}

  /** Work on the rows {@code [from, to)} with a thread's worker. */
  @FunctionalInterface
  interface Chunk<W> {
    void run(W worker, int from, int to);
  }

  static <W> void run(
      int from,
      int to,
      int threads,
      @Nullable Executor executor,
      Supplier<W> workers,
      Chunk<W> chunk) {
    int rows = to - from;
    if (rows <= 0) {
      return;
    }
    if (threads <= 1 || executor == null || rows == 1) {
      chunk.run(workers.get(), from, to);
      return;
    }
    // Several chunks per thread even out rows of unequal cost.
    int chunks = (int) Math.min(rows, 4L * threads);
    Throwable[] failures = new Throwable[chunks];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(chunks);
    Runnable drain =
        () -> {
          W worker = null;
          for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
            try {
              if (worker == null) {
                worker = workers.get();
              }
              int a = from + (int) ((long) rows * c / chunks);
              int b = from + (int) ((long) rows * (c + 1) / chunks);
              chunk.run(worker, a, b);
            } catch (RuntimeException | Error e) {
              failures[c] = e;
            } finally {
              done.countDown();
            }
          }
        };
    for (int t = 1; t < threads; t++) {
      try {
        executor.execute(drain);
      } catch (RejectedExecutionException e) {
        // The caller drains whatever no helper takes.
        break;
      }
    }
    drain.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        // Claimed chunks write into shared arrays; wait for them before returning.
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (Throwable f : failures) {
      if (f instanceof RuntimeException r) {
        throw r;
      }
      if (f instanceof Error e) {
        throw e;
      }
    }
  }
}
