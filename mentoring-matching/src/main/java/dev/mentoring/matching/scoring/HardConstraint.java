package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A hard rule that excludes pairs whatever their score, such as "not with someone in one's manager
 * chain": the SPI of the scoring layer's constraints, next to the built-ins of {@link
 * HardConstraints}.
 *
 * <p>Like a {@link Criterion}, a constraint is prepared once over all mentees and mentors ({@link
 * #prepare(ScoringContext)}: intern ids, build per-mentee lists of forbidden mentors, offsets in
 * minutes, ...) and then evaluated by (mentee index, mentor index), pair by pair or row by row.
 * Excluded pairs are left out of the {@link dev.mentoring.matching.solver.AssignmentProblem}, and
 * an explanation names every constraint that excludes a pair, with its reason.
 *
 * <p>Implementations must be immutable and thread-safe. {@link #prepare} is called on one thread;
 * the prepared constraint is then used from several threads at once.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface HardConstraint {

  /**
   * Returns the constraint's stable id, such as {@code manager-chain}; it names the constraint in
   * explanations.
   *
   * @return the id, not blank, unique within a model
   */
  String id();

  /**
   * Computes the per-participant features of a problem and returns the constraint ready to judge
   * its pairs.
   *
   * @param context the participants on both sides and the problem they come from
   * @return the prepared constraint, safe for use from several threads
   */
  PreparedConstraint prepare(ScoringContext context);

  /**
   * Returns a constraint from an id and a preparation function, for small custom rules and tests.
   *
   * @param id the stable id
   * @param prepare computes the prepared constraint for a context
   * @return the constraint
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  static HardConstraint of(String id, Function<ScoringContext, PreparedConstraint> prepare) {
    if (requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("constraint id is blank");
    }
    requireNonNull(prepare, "prepare");
    return new HardConstraint() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public PreparedConstraint prepare(ScoringContext context) {
        return prepare.apply(context);
      }

      @Override
      public String toString() {
        return "HardConstraint[" + id + "]";
      }
    };
  }
}
