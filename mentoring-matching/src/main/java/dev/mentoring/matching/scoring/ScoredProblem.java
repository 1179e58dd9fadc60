package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.matching.internal.ScoringEvaluator;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@link MatchingProblem} scored by a {@link CompatibilityModel}: the {@link AssignmentProblem}
 * for the solvers (mentee {@code i} is row {@code i}, mentor {@code j} column {@code j}, in the
 * problem's order), the maps between those indexes and participant ids, and explanations of any
 * pair on request.
 *
 * <p>The assignment problem's capacities are the problem's {@link MatchingProblem#mentorPlaces()
 * mentor places} and {@link MatchingProblem#menteePlaces() mentee places}; it has no fixed pairs.
 * Its candidates are the pairs every hard constraint allows (dense mode), or each mentee's K best
 * of them (top-K mode).
 *
 * <p>Immutable and thread-safe. Explanations are computed on request from the prepared model, in
 * O(c + k) per pair for c criteria and k constraints (more for criteria whose description lists
 * profile items).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoredProblem {
  private final ScoringEvaluator evaluator;
  private final ScoringContext context;
  private final AssignmentProblem assignment;
  private final int topK;
  private final List<ParticipantId> menteeIds;
  private final List<ParticipantId> mentorIds;

  ScoredProblem(ScoringEvaluator evaluator, AssignmentProblem assignment, int topK) {
    this.evaluator = evaluator;
    this.context = evaluator.context();
    this.assignment = assignment;
    this.topK = topK;
    this.menteeIds = ids(context.problem().mentees());
    this.mentorIds = ids(context.problem().mentors());
  }

  private static List<ParticipantId> ids(List<Enrollment> side) {
    List<ParticipantId> out = new ArrayList<>(side.size());
    for (Enrollment e : side) {
      out.add(e.participantId());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the problem for the solvers.
   *
   * @return the assignment problem, dense or sparse
   */
  public AssignmentProblem assignmentProblem() {
    return assignment;
  }

  /**
   * Returns the scored problem.
   *
   * @return the matching problem
   */
  public MatchingProblem problem() {
    return context.problem();
  }

  /**
   * Returns the context the criteria and constraints were prepared with.
   *
   * @return the context
   */
  public ScoringContext context() {
    return context;
  }

  /**
   * Tells whether every allowed pair is a candidate.
   *
   * @return true for a dense matrix, false in top-K mode
   */
  public boolean isDense() {
    return topK == 0;
  }

  /**
   * Returns how many mentors each mentee keeps in top-K mode.
   *
   * @return K, or 0 for a dense matrix
   */
  public int topK() {
    return topK;
  }

  /**
   * Returns the number of mentees (rows).
   *
   * @return the count
   */
  public int menteeCount() {
    return menteeIds.size();
  }

  /**
   * Returns the number of mentors (columns).
   *
   * @return the count
   */
  public int mentorCount() {
    return mentorIds.size();
  }

  /**
   * Returns the mentees, by index.
   *
   * @return an unmodifiable list; element {@code i} is row {@code i}
   */
  public List<ParticipantId> menteeIds() {
    return menteeIds;
  }

  /**
   * Returns the mentors, by index.
   *
   * @return an unmodifiable list; element {@code j} is column {@code j}
   */
  public List<ParticipantId> mentorIds() {
    return mentorIds;
  }

  /**
   * Returns the participant of a row.
   *
   * @param mentee the row
   * @return the mentee's id
   * @throws IndexOutOfBoundsException if out of range
   */
  public ParticipantId menteeId(int mentee) {
    return menteeIds.get(mentee);
  }

  /**
   * Returns the participant of a column.
   *
   * @param mentor the column
   * @return the mentor's id
   * @throws IndexOutOfBoundsException if out of range
   */
  public ParticipantId mentorId(int mentor) {
    return mentorIds.get(mentor);
  }

  /**
   * Returns the row of a mentee.
   *
   * @param id the participant
   * @return the row, or -1 if the participant is not a mentee of the problem
   */
  public int menteeIndexOf(ParticipantId id) {
    return context.menteeIndexOf(id);
  }

  /**
   * Returns the column of a mentor.
   *
   * @param id the participant
   * @return the column, or -1 if the participant is not a mentor of the problem
   */
  public int mentorIndexOf(ParticipantId id) {
    return context.mentorIndexOf(id);
  }

  /**
   * Returns a pair's score in the assignment problem.
   *
   * @param mentee the row
   * @param mentor the column
   * @return the score, 0 to 1000, or {@link AssignmentProblem#NOT_ALLOWED} if the pair is not a
   *     candidate
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int score(int mentee, int mentor) {
    return assignment.score(mentee, mentor);
  }

  /**
   * Tells whether every hard constraint allows a pair (whether or not top-K mode kept it).
   *
   * @param mentee the row
   * @param mentor the column
   * @return false if a constraint excludes the pair
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean allows(int mentee, int mentor) {
    Objects.checkIndex(mentee, menteeCount());
    Objects.checkIndex(mentor, mentorCount());
    return evaluator.allows(mentee, mentor);
  }

  /**
   * Explains a pair: each criterion's contribution to its compatibility score, and every hard
   * constraint that excludes it with the reason ("why not this mentor?"). Works for any pair,
   * candidate or not.
   *
   * @param mentee the row
   * @param mentor the column
   * @return the explanation; for a candidate its score equals {@link #score(int, int)}
   * @throws IndexOutOfBoundsException if an index is out of range
   * @throws IllegalStateException if a criterion gives a sub-score outside {@code [0, 1]}, or gives
   *     a different sub-score than when the matrix was scored, or a constraint judges the pair
   *     differently than when the matrix was scored
   */
  public PairExplanation explain(int mentee, int mentor) {
    Objects.checkIndex(mentee, menteeCount());
    Objects.checkIndex(mentor, mentorCount());
    List<Exclusion> excludedBy = evaluator.exclusions(mentee, mentor);
    int matrix = assignment.score(mentee, mentor);
    boolean candidate = matrix != AssignmentProblem.NOT_ALLOWED;
    Explanation explanation = new Explanation(evaluator.contributions(mentee, mentor), "");
    int score = explanation.score();
    if (candidate ? !excludedBy.isEmpty() : isDense() && excludedBy.isEmpty()) {
      throw new IllegalStateException(
          "pair (mentee "
              + menteeId(mentee)
              + ", mentor "
              + mentorId(mentor)
              + ") is "
              + (candidate
                  ? "a candidate but excluded by " + excludedBy
                  : "allowed but no candidate")
              + "; a constraint's restrictRow disagrees with its allows(mentee, mentor)");
    }
    if (candidate && score != matrix) {
      throw new IllegalStateException(
          "pair (mentee "
              + menteeId(mentee)
              + ", mentor "
              + mentorId(mentor)
              + ") scored "
              + matrix
              + " but explains to "
              + score
              + "; a criterion's row scorer disagrees with its score(mentee, mentor)");
    }
    String summary;
    if (!excludedBy.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (Exclusion e : excludedBy) {
        ids.add(e.constraint());
      }
      summary =
          "excluded by "
              + String.join(", ", ids)
              + "; compatibility would be "
              + score
              + " of "
              + AssignmentProblem.MAX_SCORE;
    } else if (!candidate) {
      summary =
          "compatibility "
              + score
              + " of "
              + AssignmentProblem.MAX_SCORE
              + "; not among the mentee's "
              + topK
              + " best mentors";
    } else {
      summary = "compatibility " + score + " of " + AssignmentProblem.MAX_SCORE;
    }
    return new PairExplanation(
        menteeId(mentee),
        mentorId(mentor),
        new Explanation(explanation.contributions(), summary),
        excludedBy,
        candidate);
  }

  /**
   * Explains a pair given by participant ids; see {@link #explain(int, int)}.
   *
   * @param mentee the mentee
   * @param mentor the mentor
   * @return the explanation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if either is not on its side of the problem
   */
  public PairExplanation explain(ParticipantId mentee, ParticipantId mentor) {
    int i = menteeIndexOf(requireNonNull(mentee, "mentee"));
    int j = mentorIndexOf(requireNonNull(mentor, "mentor"));
    if (i < 0) {
      throw new IllegalArgumentException(mentee + " is not a mentee of the problem");
    }
    if (j < 0) {
      throw new IllegalArgumentException(mentor + " is not a mentor of the problem");
    }
    return explain(i, j);
  }

  /**
   * Returns the explanation of an allowed pair, ready for a {@link
   * dev.mentoring.core.matching.Proposal}: its contributions sum to the pair's score.
   *
   * @param mentee the row
   * @param mentor the column
   * @return the explanation, with summary {@code "compatibility <score> of 1000"}
   * @throws IndexOutOfBoundsException if an index is out of range
   * @throws IllegalArgumentException if a hard constraint excludes the pair
   */
  public Explanation explanation(int mentee, int mentor) {
    PairExplanation e = explain(mentee, mentor);
    if (!e.allowed()) {
      throw new IllegalArgumentException(
          "pair (mentee "
              + e.menteeId()
              + ", mentor "
              + e.mentorId()
              + ") is excluded: "
              + e.excludedBy());
    }
    return new Explanation(
        e.explanation().contributions(),
        "compatibility " + e.score() + " of " + AssignmentProblem.MAX_SCORE);
  }

  /**
   * Counts, for one mentee, how many mentors each hard constraint excludes: the answer to "why has
   * this mentee no (or few) eligible mentors?". A mentor excluded by several constraints counts
   * under each. O(k·m) for k constraints and m mentors.
   *
   * @param mentee the row
   * @return the counts by constraint id, in the model's order after {@value
   *     HardConstraints#PROBLEM_EXCLUDED}, zeros included
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Map<String, Integer> exclusionCounts(int mentee) {
    Objects.checkIndex(mentee, menteeCount());
    int[] counts = evaluator.exclusionCounts(mentee);
    List<String> ids = evaluator.constraintIds();
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int k = 0; k < counts.length; k++) {
      out.put(ids.get(k), counts[k]);
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "ScoredProblem["
        + menteeCount()
        + " mentees × "
        + mentorCount()
        + " mentors, "
        + (isDense() ? "dense" : "top-" + topK)
        + ", "
        + assignment.candidateCount()
        + " candidates]";
  }
}
