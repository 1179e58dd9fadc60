package dev.mentoring.benchmarks;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.SegmentSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline of {@link JsonBenchmark}: plain records with the same fields and nesting as the JSON
 * that the Mentoring modules write for {@link MatchingResult} and {@link MatchingEvaluation}, bound
 * by Jackson's own record support (no annotations, no custom serializers, no module). Ids are
 * strings; maps whose JSON is an object sorted by key are {@link TreeMap}s; the evaluation's mentor
 * loads, which the modules write as an array of {@code {"key", "value"}} objects, are a list of
 * {@link Load}. {@link JsonBenchmark} checks that both write the same bytes.
 */
final class JsonPojos {
  private JsonPojos() {}

  /**
   * A {@link Contribution}.
   *
   * @param criterion the criterion
   * @param points the points
   * @param detail the detail
   */
  public record ContributionPojo(String criterion, int points, String detail) {}

  /**
   * An {@link Explanation}.
   *
   * @param contributions the contributions
   * @param summary the summary
   */
  public record ExplanationPojo(List<ContributionPojo> contributions, String summary) {}

  /**
   * A {@link Proposal}.
   *
   * @param mentorId the mentor's id
   * @param menteeId the mentee's id
   * @param explanation the explanation
   */
  public record ProposalPojo(String mentorId, String menteeId, ExplanationPojo explanation) {}

  /**
   * A {@link MatchingResult}.
   *
   * @param proposals the proposals
   * @param unmatched reasons by mentee id
   * @param diagnostics numbers by name
   */
  public record ResultPojo(
      List<ProposalPojo> proposals,
      Map<String, String> unmatched,
      Map<String, Double> diagnostics) {}

  /**
   * One entry of {@link MatchingEvaluation#mentorLoads()}.
   *
   * @param key the load
   * @param value how many mentors have it
   */
  public record Load(int key, int value) {}

  /**
   * A {@link SegmentSummary}.
   *
   * @param segment the label
   * @param mentees the mentees
   * @param matched the matched mentees
   * @param meanScore the mean score
   */
  public record SegmentPojo(String segment, int mentees, int matched, double meanScore) {}

  /**
   * A {@link MatchingEvaluation}.
   *
   * @param mentees the mentees
   * @param matched the matched mentees
   * @param unmatched the unmatched mentees
   * @param pairs the pairs
   * @param totalScore the total score
   * @param meanScore the mean score
   * @param medianScore the median score
   * @param minScore the lowest score
   * @param blockingPairs the blocking pairs
   * @param meanMenteeRank the mean mentee rank
   * @param meanMentorRank the mean mentor rank
   * @param mentorLoads mentor counts by load, ascending
   * @param segments segments by label
   */
  public record EvaluationPojo(
      int mentees,
      int matched,
      int unmatched,
      int pairs,
      long totalScore,
      double meanScore,
      double medianScore,
      int minScore,
      long blockingPairs,
      double meanMenteeRank,
      double meanMentorRank,
      List<Load> mentorLoads,
      Map<String, SegmentPojo> segments) {}

  /**
   * Converts a result.
   *
   * @param r the result
   * @return its plain twin
   */
  static ResultPojo of(MatchingResult r) {
    List<ProposalPojo> proposals = new ArrayList<>(r.proposals().size());
    for (Proposal p : r.proposals()) {
      List<ContributionPojo> contributions = new ArrayList<>();
      for (Contribution c : p.explanation().contributions()) {
        contributions.add(new ContributionPojo(c.criterion(), c.points(), c.detail()));
      }
      proposals.add(
          new ProposalPojo(
              p.mentorId().value(),
              p.menteeId().value(),
              new ExplanationPojo(contributions, p.explanation().summary())));
    }
    Map<String, String> unmatched = new TreeMap<>();
    for (Map.Entry<ParticipantId, String> e : r.unmatched().entrySet()) {
      unmatched.put(e.getKey().value(), e.getValue());
    }
    return new ResultPojo(proposals, unmatched, new TreeMap<>(r.diagnostics()));
  }

  /**
   * Converts an evaluation.
   *
   * @param e the evaluation
   * @return its plain twin
   */
  static EvaluationPojo of(MatchingEvaluation e) {
    List<Load> loads = new ArrayList<>();
    for (Map.Entry<Integer, Integer> l : new TreeMap<>(e.mentorLoads()).entrySet()) {
      loads.add(new Load(l.getKey(), l.getValue()));
    }
    Map<String, SegmentPojo> segments = new TreeMap<>();
    for (Map.Entry<String, SegmentSummary> g : e.segments().entrySet()) {
      SegmentSummary s = g.getValue();
      segments.put(
          g.getKey(), new SegmentPojo(s.segment(), s.mentees(), s.matched(), s.meanScore()));
    }
    return new EvaluationPojo(
        e.mentees(),
        e.matched(),
        e.unmatched(),
        e.pairs(),
        e.totalScore(),
        e.meanScore(),
        e.medianScore(),
        e.minScore(),
        e.blockingPairs(),
        e.meanMenteeRank(),
        e.meanMentorRank(),
        loads,
        segments);
  }
}
