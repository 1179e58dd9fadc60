package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.RowScorer;
import java.util.Arrays;

/**
 * Scores one mentee row at a time for one thread: applies every constraint to a row of flags,
 * gathers the allowed mentors, lets each criterion's row scorer fill its sub-scores and accumulates
 * {@code Σ wᵢ·sᵢ} per mentor, in criterion order, exactly as {@link ScoringEvaluator#score} does.
 * All buffers are allocated once per worker; scoring a row allocates nothing.
 *
 * <p>Not thread-safe: one worker per thread.
 */
final class ScoringRowWorker {
  private final ScoringEvaluator evaluator;
  private final boolean[] allowed;
  private final RowScorer[] scorers;
  private final double[] sub;
  private final double[] acc;

  /** The allowed mentors of the last row, ascending, in {@code [0, count)}. */
  final int[] mentors;

  /** The scores of those mentors, 0 to 1000. */
  final int[] scores;

  ScoringRowWorker(ScoringEvaluator evaluator) {
    this.evaluator = evaluator;
    int m = evaluator.context().mentorCount();
    this.allowed = new boolean[m];
    this.mentors = new int[m];
    this.scores = new int[m];
    this.sub = new double[m];
    this.acc = new double[m];
    this.scorers = new RowScorer[evaluator.criterionCount()];
    for (int c = 0; c < scorers.length; c++) {
      scorers[c] = evaluator.criterion(c).rowScorer();
    }
  }

  /**
   * Scores a mentee's allowed mentors into {@link #mentors} and {@link #scores}.
   *
   * @return how many mentors are allowed
   */
  int scoreRow(int mentee) {
    Arrays.fill(allowed, true);
    for (int k = 0; k < evaluator.constraintCount(); k++) {
      evaluator.constraint(k).restrictRow(mentee, allowed);
    }
    int count = 0;
    for (int j = 0; j < allowed.length; j++) {
      if (allowed[j]) {
        mentors[count++] = j;
      }
    }
    for (int c = 0; c < scorers.length; c++) {
      scorers[c].scoreRow(mentee, mentors, count, sub);
      if (!evaluator.trusted(c)) {
        for (int k = 0; k < count; k++) {
          double v = sub[k];
          if (!(v >= 0.0 && v <= 1.0)) {
            throw evaluator.badSubScore(c, mentee, mentors[k], v);
          }
        }
      }
      // A separate, branch-free pass, which the JIT can vectorise. The first criterion sets the
      // sum rather than adding to 0.0, which gives the same value: w·s is never -0.0.
      double w = evaluator.weight(c);
      if (c == 0) {
        for (int k = 0; k < count; k++) {
          acc[k] = w * sub[k];
        }
      } else {
        for (int k = 0; k < count; k++) {
          acc[k] += w * sub[k];
        }
      }
    }
    double scale = evaluator.scale();
    for (int k = 0; k < count; k++) {
      scores[k] = ScoringEvaluator.scoreOf(acc[k], scale);
    }
    return count;
  }
}
