package dev.mentoring.core.metrics;

import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.core.ReportService;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.RandomProgram;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of health and reports over random programs ({@link RandomProgram}): they are pure
 * functions of the stored data and the instant, their totals add up, and their scores stay in
 * range. Each example draws a seed for the program's data, its size and the instant.
 */
class ReportPropertyTest {
  private static final long SEED = 0x4E_7042_2026L;
  private static final int EXAMPLES = 60;

  record Case(long seed, int size, Instant at) {}

  private static Gen<Case> cases() {
    return longs()
        .all()
        .zip(
            integers().between(3, 40),
            integers().between(0, 170),
            integers().between(0, 86_399),
            (seed, size, day, second) -> new Case(seed, size, RandomProgram.instant(day, second)));
  }

  private static ProgramId pid(RandomProgram g) {
    return g.program.id();
  }

  /** Everything computed as of an instant, for comparison. */
  record Computed(
      List<PairHealth> health,
      ProgramReport report,
      SegmentedReport byDepartment,
      SegmentedReport bySeniority) {
    static Computed of(RandomProgram g, Instant at) {
      ReportService reports = g.mentoring.reports();
      return new Computed(
          reports.health(SYSTEM, pid(g), at),
          reports.report(SYSTEM, pid(g), at),
          reports.report(SYSTEM, pid(g), at, Segmentation.department()),
          reports.report(SYSTEM, pid(g), at, Segmentation.seniority()));
    }
  }

  @Test
  void healthAndReports_arePureFunctionsOfTheStoredDataAndTheInstant() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              RandomProgram g = RandomProgram.generate(c.seed(), c.size());
              Computed before = Computed.of(g, c.at());

              // The same data and instant give equal values, in another store and engine.
              RandomProgram twin = RandomProgram.generate(c.seed(), c.size());
              assertThat(Computed.of(twin, c.at())).isEqualTo(before);
              // A pair's own health is its entry in the program's list.
              for (PairHealth h : before.health()) {
                assertThat(g.mentoring.reports().health(SYSTEM, h.pairId(), c.at())).isEqualTo(h);
              }

              // Data dated after the instant changes nothing as of the instant.
              g.addAfter(c.at(), c.seed() * 31 + 7);
              assertThat(Computed.of(g, c.at())).isEqualTo(before);
            });
  }

  @Test
  void reportTotals_addUpByRoleByStatusAndBySegment() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              RandomProgram g = RandomProgram.generate(c.seed(), c.size());
              Instant at = c.at();
              Computed x = Computed.of(g, at);
              ProgramReport r = x.report();

              // By role and by status, against counts of what was written.
              long enrolled =
                  g.enrollments.stream().filter(e -> !e.appliedAt().isAfter(at)).count();
              assertThat(r.totalEnrollments()).isEqualTo(enrolled);
              assertThat(sum(EnrollmentRole.values(), r::enrollments)).isEqualTo(enrolled);
              assertThat(sum(EnrollmentStatus.values(), r::enrollments)).isEqualTo(enrolled);
              long proposed = g.pairs.stream().filter(p -> !p.proposedAt().isAfter(at)).count();
              assertThat(r.totalPairs()).isEqualTo(proposed);
              assertThat(sum(HealthStatus.values(), r::health))
                  .isEqualTo(r.pairs(PairStatus.ACTIVE) + r.pairs(PairStatus.PAUSED))
                  .isEqualTo(x.health().size());
              long started = g.meetings.stream().filter(m -> !m.start().isAfter(at)).count();
              assertThat(sum(MeetingStatus.values(), r::meetings)).isEqualTo(started);

              // By segment: every additive figure of the segments adds up to the overall one.
              for (SegmentedReport s : List.of(x.byDepartment(), x.bySeniority())) {
                assertThat(s.overall()).isEqualTo(r);
                assertSegmentsAddUp(s);
              }

              // NPS, counted here from the responses as written.
              List<Long> answers =
                  g.responses.stream()
                      .filter(rs -> rs.surveyId().equals(g.npsSurvey.id()))
                      .filter(rs -> !rs.submittedAt().isAfter(at))
                      .map(ReportPropertyTest::npsAnswer)
                      .toList();
              NetPromoterScore all = NetPromoterScore.of(answers.stream().mapToInt(Long::intValue));
              boolean shown =
                  !g.npsSurvey.anonymous() || answers.size() >= SurveySummary.MIN_ANONYMOUS_GROUP;
              assertThat(r.nps()).isEqualTo(shown ? all : NetPromoterScore.none());
              NetPromoterScore segments =
                  x.byDepartment().segments().stream()
                      .map(seg -> seg.report().nps())
                      .reduce(NetPromoterScore.none(), NetPromoterScore::plus);
              assertThat(segments)
                  .isEqualTo(g.npsSurvey.anonymous() ? NetPromoterScore.none() : all);
            });
  }

  @Test
  void scoresAndShares_stayInRange() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              RandomProgram g = RandomProgram.generate(c.seed(), c.size());
              Computed x = Computed.of(g, c.at());
              assertInRange(x.report());
              x.byDepartment().segments().forEach(s -> assertInRange(s.report()));
              x.bySeniority().segments().forEach(s -> assertInRange(s.report()));
              for (PairHealth h : x.health()) {
                assertThat(h.goalProgress()).isBetween(0.0, 100.0);
                assertThat(h.at()).isEqualTo(c.at());
              }
            });
  }

  private static long npsAnswer(SurveyResponse r) {
    return ((Answer.NumberAnswer) r.answers().get("nps")).value();
  }

  private static void assertInRange(ProgramReport r) {
    NetPromoterScore nps = r.nps();
    assertThat(nps.score()).isBetween(-100.0, 100.0);
    assertThat(nps.lowerBound()).isBetween(-100.0, nps.score());
    assertThat(nps.upperBound()).isBetween(nps.score(), 100.0);
    for (Ratio share : List.of(r.matchRate(), r.mentorUtilisation(), r.goalCompletion())) {
      assertThat(share.value()).isBetween(0.0, 1.0);
    }
    if (r.averageRating().isDefined()) {
      assertThat(r.averageRating().value()).isBetween(1.0, 5.0);
    }
    for (SurveyResponseRate s : r.surveys()) {
      assertThat(s.responseRate().value()).isBetween(0.0, 1.0);
    }
  }

  private static <E> int sum(E[] keys, Function<E, Integer> count) {
    int sum = 0;
    for (E key : keys) {
      sum += count.apply(key);
    }
    return sum;
  }

  private static void assertSegmentsAddUp(SegmentedReport s) {
    ProgramReport all = s.overall();
    List<ProgramReport> parts = s.segments().stream().map(SegmentedReport.Segment::report).toList();
    for (EnrollmentRole role : EnrollmentRole.values()) {
      for (EnrollmentStatus status : EnrollmentStatus.values()) {
        assertThat(parts.stream().mapToInt(p -> p.enrollments().get(role).get(status)).sum())
            .as("%s %s", role, status)
            .isEqualTo(all.enrollments().get(role).get(status));
      }
    }
    for (PairStatus status : PairStatus.values()) {
      assertThat(parts.stream().mapToInt(p -> p.pairs(status)).sum()).isEqualTo(all.pairs(status));
    }
    for (HealthStatus status : HealthStatus.values()) {
      assertThat(parts.stream().mapToInt(p -> p.health(status)).sum())
          .isEqualTo(all.health(status));
    }
    for (MeetingStatus status : MeetingStatus.values()) {
      assertThat(parts.stream().mapToInt(p -> p.meetings(status)).sum())
          .isEqualTo(all.meetings(status));
    }
    assertThat(total(parts, ProgramReport::matchRate)).isEqualTo(all.matchRate());
    assertThat(total(parts, ProgramReport::mentorUtilisation)).isEqualTo(all.mentorUtilisation());
    assertThat(total(parts, ProgramReport::meetingsPerPair)).isEqualTo(all.meetingsPerPair());
    assertThat(total(parts, ProgramReport::goalCompletion)).isEqualTo(all.goalCompletion());
    assertThat(total(parts, ProgramReport::averageRating)).isEqualTo(all.averageRating());
    // Survey response rates: segments cover the non-anonymous surveys, each person in one segment.
    for (SurveyResponseRate rate : all.surveys()) {
      List<SurveyResponseRate> inSegments =
          parts.stream()
              .flatMap(p -> p.surveys().stream())
              .filter(x -> x.surveyId().equals(rate.surveyId()))
              .toList();
      if (rate.anonymous()) {
        assertThat(inSegments).isEmpty();
      } else {
        assertThat(inSegments).hasSize(parts.size());
        assertThat(inSegments.stream().mapToInt(SurveyResponseRate::responses).sum())
            .isEqualTo(rate.responses());
        assertThat(
                inSegments.stream()
                    .map(SurveyResponseRate::responseRate)
                    .reduce(Ratio.none(), Ratio::plus))
            .isEqualTo(rate.responseRate());
      }
    }
    assertThat(IntStream.range(1, parts.size()))
        .allSatisfy(
            i ->
                assertThat(
                        Segmentation.valueOrder()
                            .compare(s.segments().get(i - 1).value(), s.segments().get(i).value()))
                    .isNegative());
  }

  private static Ratio total(List<ProgramReport> parts, Function<ProgramReport, Ratio> figure) {
    return parts.stream().map(figure).reduce(Ratio.none(), Ratio::plus);
  }
}
