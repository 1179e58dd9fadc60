package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportServiceTest {
  private static final Actor MIA = as("mia");
  private static final Actor NED = as("ned");
  private static final Actor OUTSIDER = as("oz");

  private final Fixture f = new Fixture();
  private final ReportService reports = f.mentoring.reports();
  private ProgramId pid;
  private Pair pair;
  private Pair other;
  private Instant launched;

  /**
   * Two pairs accepted an hour before the program's launch, active since; a day later mia and ned
   * have met once, and mia rated it 4.
   */
  @BeforeEach
  void runningProgram() {
    pid = Pairs.matching(f, "mia:ned", "max:ola");
    f.clock.advance(Duration.ofHours(1));
    f.mentoring.programs().launch(ADMIN, pid);
    pair = Pairs.pair(f, pid, "mia", "ned");
    other = Pairs.pair(f, pid, "max", "ola");
    launched = f.clock.instant();
    f.clock.advance(Duration.ofDays(1));
    var met =
        f.mentoring
            .meetings()
            .log(
                MIA,
                pair.id(),
                MeetingPlan.builder("Kick-off", now().minus(Duration.ofHours(2)), ZoneOffset.UTC)
                    .build());
    f.mentoring.meetings().rate(MIA, met.id(), 4);
    f.recorder.clear();
  }

  private Instant now() {
    return f.clock.instant();
  }

  /** Asserts that a successful read changed nothing and delivered nothing. */
  private <T> T readOnly(java.util.function.Supplier<T> call) {
    f.recorder.clear();
    StoreSnapshot before = f.snapshot();
    T result = call.get();
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.recorder.events()).isEmpty();
    assertThat(f.recorder.notifications()).isEmpty();
    return result;
  }

  @Nested
  class Report {
    @Test
    void report_byAdmin_countsTheStoredData() {
      ProgramReport r = readOnly(() -> reports.report(ADMIN, pid, now()));

      assertThat(r.programId()).isEqualTo(pid);
      assertThat(r.at()).isEqualTo(now());
      assertThat(r.enrollments().get(EnrollmentRole.MENTOR))
          .containsEntry(EnrollmentStatus.APPROVED, 2)
          .containsEntry(EnrollmentStatus.APPLIED, 0);
      assertThat(r.enrollments(EnrollmentRole.MENTEE)).isEqualTo(2);
      assertThat(r.enrollments(EnrollmentStatus.APPROVED)).isEqualTo(4);
      assertThat(r.totalEnrollments()).isEqualTo(4);
      assertThat(r.matchRate()).isEqualTo(Ratio.of(2, 2));
      assertThat(r.matchedMentees()).isEqualTo(2);
      assertThat(r.waitingMentees()).isZero();
      assertThat(r.medianTimeToMatch()).isEqualTo(Duration.ZERO);
      assertThat(r.mentorUtilisation()).isEqualTo(Ratio.of(2, 10));
      assertThat(r.pairs(PairStatus.ACTIVE)).isEqualTo(2);
      assertThat(r.totalPairs()).isEqualTo(2);
      assertThat(r.health(HealthStatus.HEALTHY)).isEqualTo(2);
      assertThat(r.atRiskPairs()).isZero();
      assertThat(r.meetings(MeetingStatus.HELD)).isEqualTo(1);
      assertThat(r.meetingsPerPair()).isEqualTo(Ratio.of(1, 2));
      assertThat(r.medianMeetingsPerPair()).isEqualTo(0.5);
      assertThat(r.goalCompletion()).isEqualTo(Ratio.none());
      assertThat(r.averageRating()).isEqualTo(Ratio.of(4, 1));
      assertThat(r.nps()).isEqualTo(NetPromoterScore.none());
      assertThat(r.surveys()).isEmpty();
    }

    @Test
    void report_bySystem_equalsTheAdministratorsReport() {
      assertThat(reports.report(SYSTEM, pid, now())).isEqualTo(reports.report(ADMIN, pid, now()));
    }

    @Test
    void report_asOfBeforeTheLaunch_countsPairsAsAccepted() {
      ProgramReport r = reports.report(ADMIN, pid, launched.minusSeconds(1));

      assertThat(r.pairs(PairStatus.ACCEPTED)).isEqualTo(2);
      assertThat(r.pairs(PairStatus.ACTIVE)).isZero();
      assertThat(r.meetings(MeetingStatus.HELD)).isZero();
      assertThat(r.meetingsPerPair()).isEqualTo(Ratio.none());
    }

    @Test
    void report_byMentor_accessDenied() {
      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> reports.report(MIA, pid, now()));

      assertThat(ex.actor()).isEqualTo(MIA);
      assertThat(ex.action()).isEqualTo("read the report in program " + pid);
    }

    @Test
    void report_unknownProgram_notFound() {
      NotFoundException ex =
          refused(
              f, NotFoundException.class, () -> reports.report(ADMIN, ProgramId.of("nope"), now()));

      assertThat(ex.kind()).isEqualTo("program");
      assertThat(ex.id()).isEqualTo("nope");
    }

    @Test
    void report_nullArgument_throwsNullPointerNamingIt() {
      assertThatThrownBy(() -> reports.report(null, pid, now())).hasMessage("actor");
      assertThatThrownBy(() -> reports.report(ADMIN, null, now())).hasMessage("programId");
      assertThatThrownBy(() -> reports.report(ADMIN, pid, null)).hasMessage("at");
      assertThatThrownBy(() -> reports.report(ADMIN, pid, now(), null)).hasMessage("by");
    }
  }

  @Nested
  class Segmented {
    private ProgramId byDepartment() {
      ProgramId p = f.matchingProgram(Pairs.ADMIN_ONLY).id();
      f.mentor(p, "m1", 3, Profile.builder().department("IT").build());
      f.mentor(p, "m2", 3, Profile.builder().department("Sales").build());
      f.mentee(p, "e1", Profile.builder().department("Sales").build());
      f.mentee(p, "e2", Profile.builder().department("IT").build());
      f.mentee(p, "e3", Profile.empty());
      f.mentoring.pairs().propose(ADMIN, p, Fixture.id("m1"), Fixture.id("e1"));
      f.recorder.clear();
      return p;
    }

    @Test
    void report_byDepartment_segmentsSortedAndAddingUp() {
      ProgramId p = byDepartment();

      SegmentedReport r =
          readOnly(() -> reports.report(ADMIN, p, now(), Segmentation.department()));

      assertThat(r.programId()).isEqualTo(p);
      assertThat(r.segmentation()).isEqualTo("department");
      assertThat(r.overall()).isEqualTo(reports.report(ADMIN, p, now()));
      assertThat(r.segments())
          .extracting(SegmentedReport.Segment::value)
          .containsExactly(Segmentation.NONE, "IT", "Sales");
      assertThat(r.segments())
          .extracting(s -> s.report().totalEnrollments())
          .containsExactly(1, 2, 2);
      // The pair is the Sales mentee's; the IT mentor's place is used in the IT segment.
      assertThat(r.segments()).extracting(s -> s.report().totalPairs()).containsExactly(0, 0, 1);
      assertThat(r.segments())
          .extracting(s -> s.report().mentorUtilisation())
          .containsExactly(Ratio.none(), Ratio.of(1, 3), Ratio.of(0, 3));
      assertThat(r.overall().matchRate()).isEqualTo(Ratio.of(1, 3));
    }

    @Test
    void report_segmentedByMentor_accessDenied() {
      refused(
          f,
          AccessDeniedException.class,
          () -> reports.report(MIA, pid, now(), Segmentation.location()));
    }

    @Test
    void report_segmentedUnknownProgram_notFound() {
      refused(
          f,
          NotFoundException.class,
          () -> reports.report(SYSTEM, ProgramId.of("nope"), now(), Segmentation.seniority()));
    }
  }

  @Nested
  class PairHealthOf {
    @Test
    void health_membersAdminAndSystem_seeTheSameHealth() {
      PairHealth h = readOnly(() -> reports.health(NED, pair.id(), now()));

      assertThat(h.pairId()).isEqualTo(pair.id());
      assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(h.meetingsHeld()).isEqualTo(1);
      assertThat(reports.health(MIA, pair.id(), now())).isEqualTo(h);
      assertThat(reports.health(ADMIN, pair.id(), now())).isEqualTo(h);
      assertThat(reports.health(SYSTEM, pair.id(), now())).isEqualTo(h);
    }

    @Test
    void health_ofAnotherPair_accessDenied() {
      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> reports.health(MIA, other.id(), now()));
      refused(f, AccessDeniedException.class, () -> reports.health(OUTSIDER, pair.id(), now()));

      assertThat(ex.action())
          .isEqualTo(
              "read the health of pair "
                  + other.id()
                  + ": only the pair, the program's administrators and the system can");
    }

    @Test
    void health_unknownPair_notFound() {
      NotFoundException ex =
          refused(
              f, NotFoundException.class, () -> reports.health(ADMIN, PairId.of("nope"), now()));

      assertThat(ex.kind()).isEqualTo("pair");
    }

    @Test
    void health_beforeThePairStarted_invalidPairStatus() {
      InvalidInputException ex =
          invalid(
              f,
              () -> reports.health(ADMIN, pair.id(), launched.minusSeconds(1)),
              violation("pairId", "PairStatus"));

      assertThat(ex.violations().get(0).message())
          .isEqualTo(
              "the pair is ACCEPTED at "
                  + launched.minusSeconds(1)
                  + "; only an ACTIVE or PAUSED pair has a health");
    }

    @Test
    void health_notYetProposed_invalidPairStatus() {
      InvalidInputException ex =
          invalid(
              f,
              () -> reports.health(ADMIN, pair.id(), launched.minus(Duration.ofDays(1))),
              violation("pairId", "PairStatus"));

      assertThat(ex.violations().get(0).message()).startsWith("the pair was not yet proposed at ");
    }

    @Test
    void health_endedPair_invalidAfterItsEnd() {
      f.mentoring.pairs().complete(ADMIN, other.id());
      f.clock.advance(Duration.ofMinutes(1));

      invalid(f, () -> reports.health(ADMIN, other.id(), now()), violation("pairId", "PairStatus"));
      assertThat(reports.health(ADMIN, other.id(), launched.plusSeconds(1)).pairStatus())
          .isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    void health_nullArgument_throwsNullPointerNamingIt() {
      assertThatThrownBy(() -> reports.health(null, pair.id(), now())).hasMessage("actor");
      assertThatThrownBy(() -> reports.health(ADMIN, (PairId) null, now())).hasMessage("pairId");
      assertThatThrownBy(() -> reports.health(ADMIN, pair.id(), null)).hasMessage("at");
    }
  }

  @Nested
  class ProgramHealth {
    @Test
    void health_byAdmin_listsRunningPairsInProposalOrder() {
      List<PairHealth> list = readOnly(() -> reports.health(ADMIN, pid, now()));

      // Both were proposed at the same instant, so the ids decide, as in pairs().list.
      assertThat(list)
          .extracting(PairHealth::pairId)
          .containsExactlyElementsOf(
              f.mentoring.pairs().list(SYSTEM, pid).stream().map(Pair::id).toList());
      assertThat(list).contains(reports.health(ADMIN, pair.id(), now()));
      assertThat(reports.health(SYSTEM, pid, now())).isEqualTo(list);
      assertThat(reports.health(ADMIN, pid, launched.minusSeconds(1))).isEmpty();
    }

    @Test
    void health_byMentor_accessDenied() {
      refused(f, AccessDeniedException.class, () -> reports.health(MIA, pid, now()));
    }

    @Test
    void health_unknownProgram_notFound() {
      refused(f, NotFoundException.class, () -> reports.health(ADMIN, ProgramId.of("nope"), now()));
    }

    @Test
    void health_nullArgument_throwsNullPointerNamingIt() {
      assertThatThrownBy(() -> reports.health(ADMIN, (ProgramId) null, now()))
          .hasMessage("programId");
      assertThatThrownBy(() -> reports.health(null, pid, now())).hasMessage("actor");
    }
  }
}
