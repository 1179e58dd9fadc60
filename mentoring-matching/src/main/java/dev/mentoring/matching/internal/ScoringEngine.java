package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.ScoringContext;
import dev.mentoring.matching.scoring.ScoringOptions;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * Turns a prepared model into an {@link AssignmentProblem}: dense (every allowed pair) or top-K
 * (each mentee's K best allowed mentors, ties to the lower mentor index), scoring mentee rows in
 * parallel without ever holding more than a block of rows (dense) or K entries per mentee (top-K).
 *
 * <p>Cost: O(n·m·(c + k)) for n mentees, m mentors, c criteria and k constraints, less where the
 * built-ins use inverted lists; memory O(n·m) for dense, O(n·K + m) for top-K.
 */
public final class ScoringEngine {
  /** Cells per dense block: the rows scored in parallel before they are handed to the builder. */
  private static final int BLOCK_CELLS = 1 << 22;

  private ScoringEngine() {}

  /** Builds the problem the options ask for. */
  public static AssignmentProblem build(ScoringEvaluator evaluator, ScoringOptions options) {
    return options.isDense()
        ? dense(evaluator, options)
        : topK(evaluator, options.candidatesPerMentee(), options);
  }

  private static AssignmentProblem.Builder capacities(
      AssignmentProblem.Builder b, ScoringContext ctx) {
    for (int j = 0; j < ctx.mentorCount(); j++) {
      b.mentorCapacity(j, ctx.mentorPlaces(j));
    }
    for (int i = 0; i < ctx.menteeCount(); i++) {
      b.menteeCapacity(i, ctx.menteePlaces(i));
    }
    return b;
  }

  static AssignmentProblem dense(ScoringEvaluator evaluator, ScoringOptions options) {
    ScoringContext ctx = evaluator.context();
    int n = ctx.menteeCount();
    int m = ctx.mentorCount();
    long cells = (long) n * m;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          n
              + " mentees × "
              + m
              + " mentors = "
              + cells
              + " pairs are too many for a dense matrix; score in top-K mode"
              + " (ScoringOptions.topK)");
    }
    AssignmentProblem.Builder b = capacities(AssignmentProblem.denseBuilder(n, m), ctx);
    if (m == 0) {
      return b.build();
    }
    int threads = threads(options, cells);
    @Nullable Executor executor = executor(options, threads);
    int blockRows = Math.max(1, Math.min(n, BLOCK_CELLS / m));
    short[] block = new short[blockRows * m];
    for (int from = 0; from < n; from += blockRows) {
      int start = from;
      int to = Math.min(n, from + blockRows);
      ScoringParallel.run(
          from,
          to,
          threads,
          executor,
          () -> new ScoringRowWorker(evaluator),
          (worker, a, z) -> {
            for (int i = a; i < z; i++) {
              int count = worker.scoreRow(i);
              int base = (i - start) * m;
              Arrays.fill(block, base, base + m, (short) AssignmentProblem.NOT_ALLOWED);
              for (int k = 0; k < count; k++) {
                block[base + worker.mentors[k]] = (short) worker.scores[k];
              }
            }
          });
      // The builder is not thread-safe: cells go in on this thread, in row order.
      for (int i = from; i < to; i++) {
        int base = (i - from) * m;
        for (int j = 0; j < m; j++) {
          short s = block[base + j];
          if (s >= 0) {
            b.score(i, j, s);
          }
        }
      }
    }
    return b.build();
  }

  static AssignmentProblem topK(ScoringEvaluator evaluator, int k, ScoringOptions options) {
    ScoringContext ctx = evaluator.context();
    int n = ctx.menteeCount();
    int m = ctx.mentorCount();
    int keep = Math.min(k, m);
    long slots = (long) n * keep;
    if (slots > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          n + " mentees × K = " + keep + " candidates are too many; choose a smaller K");
    }
    int[] cols = new int[(int) slots];
    short[] vals = new short[(int) slots];
    int[] counts = new int[n];
    int threads = threads(options, (long) n * m);
    ScoringParallel.run(
        0,
        n,
        threads,
        executor(options, threads),
        () -> new TopKWorker(evaluator, keep),
        (worker, a, z) -> {
          for (int i = a; i < z; i++) {
            counts[i] = worker.select(i, cols, vals, i * keep);
          }
        });
    AssignmentProblem.Builder b = capacities(AssignmentProblem.sparseBuilder(n, m), ctx);
    for (int i = 0; i < n; i++) {
      int base = i * keep;
      for (int p = 0; p < counts[i]; p++) {
        b.score(i, cols[base + p], vals[base + p]);
      }
    }
    return b.build();
  }

  private static int threads(ScoringOptions options, long pairs) {
    if (options.isSequential()) {
      return 1;
    }
    if (options.executor() == null && pairs < ScoringOptions.PARALLEL_THRESHOLD) {
      return 1;
    }
    if (options.parallelism() > 0) {
      return options.parallelism();
    }
    return options.executor() == null
        ? ForkJoinPool.getCommonPoolParallelism() + 1
        : Runtime.getRuntime().availableProcessors();
  }

  private static @Nullable Executor executor(ScoringOptions options, int threads) {
    if (threads <= 1) {
      return null;
    }
    Executor e = options.executor();
    return e != null ? e : ForkJoinPool.commonPool();
  }

  /** A row worker that keeps a mentee's K best mentors, ties to the lower mentor index. */
  private static final class TopKWorker {
    private final ScoringRowWorker row;
    private final int keep;
    private final int[] histogram = new int[AssignmentProblem.MAX_SCORE + 1];

    TopKWorker(ScoringEvaluator evaluator, int keep) {
      this.row = new ScoringRowWorker(evaluator);
      this.keep = keep;
    }

    /**
     * Writes the kept mentors of a mentee, ascending, at {@code cols[base ..]} and their scores at
     * {@code vals[base ..]}; O(m + 1000) by counting scores, as they are small integers.
     *
     * @return how many were kept, at most K
     */
    int select(int mentee, int[] cols, short[] vals, int base) {
      int count = row.scoreRow(mentee);
      int[] mentors = row.mentors;
      int[] scores = row.scores;
      if (count <= keep) {
        for (int p = 0; p < count; p++) {
          cols[base + p] = mentors[p];
          vals[base + p] = (short) scores[p];
        }
        return count;
      }
      Arrays.fill(histogram, 0);
      for (int p = 0; p < count; p++) {
        histogram[scores[p]]++;
      }
      // The threshold t: fewer than K mentors score above t, at least K score t or more.
      int above = 0;
      int t = AssignmentProblem.MAX_SCORE;
      while (above + histogram[t] < keep) {
        above += histogram[t];
        t--;
      }
      int atThreshold = keep - above;
      int out = 0;
      for (int p = 0; p < count; p++) {
        int s = scores[p];
        if (s > t || (s == t && atThreshold-- > 0)) {
          cols[base + out] = mentors[p];
          vals[base + out] = (short) s;
          out++;
        }
      }
      return out;
    }
  }
}
