package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A soft, weighted criterion of compatibility between a mentee and a mentor: the SPI of the scoring
 * layer that researchers implement next to the built-ins of {@link Criteria}.
 *
 * <p>A criterion works in two steps, so that scoring stays fast on large programs. {@link
 * #prepare(ScoringContext)} runs once per scored problem, over all mentees and all mentors, and
 * computes per-participant features: skills, topics or languages interned to {@code int} ids and
 * kept as sorted arrays, bit sets or inverted lists, time-zone offsets in minutes, and so on. The
 * returned {@link PreparedCriterion} then scores a (mentee index, mentor index) pair, or a whole
 * row of pairs, from those arrays alone, without allocating.
 *
 * <p>A sub-score is a {@code double} in {@code [0, 1]}; 1 is the best. The model multiplies it by
 * the criterion's weight; a sub-score outside that range, or NaN, fails the scoring with an {@link
 * IllegalStateException} that names the criterion and the pair.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves many models and
 * concurrent scoring runs. {@link #prepare} is called on one thread; the prepared criterion is then
 * used from several threads at once.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Criterion {

  /**
   * Returns the criterion's stable id, such as {@code skills}; it names the criterion in weights,
   * explanations ({@link dev.mentoring.core.pairing.Contribution#criterion()}) and error messages.
   *
   * @return the id, not blank, unique within a model
   */
  String id();

  /**
   * Computes the per-participant features of a problem and returns the criterion ready to score its
   * pairs.
   *
   * @param context the participants on both sides and the problem they come from
   * @return the prepared criterion, safe for use from several threads
   */
  PreparedCriterion prepare(ScoringContext context);

  /**
   * Returns a criterion from an id and a preparation function, for small custom criteria and tests.
   *
   * <pre>{@code
   * Criterion sameSeniority = Criterion.of("same-seniority", ctx -> (mentee, mentor) ->
   *     ctx.menteeProfile(mentee).seniority() == ctx.mentorProfile(mentor).seniority() ? 1 : 0);
   * }</pre>
   *
   * @param id the stable id
   * @param prepare computes the prepared criterion for a context
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  static Criterion of(String id, Function<ScoringContext, PreparedCriterion> prepare) {
    if (requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("criterion id is blank");
    }
    requireNonNull(prepare, "prepare");
    return new Criterion() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public PreparedCriterion prepare(ScoringContext context) {
        return prepare.apply(context);
      }

      @Override
      public String toString() {
        return "Criterion[" + id + "]";
      }
    };
  }
}
