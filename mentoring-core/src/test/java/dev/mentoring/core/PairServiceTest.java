package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.PairApproved;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.testing.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PairServiceTest {
  private static final Duration EXPIRY = MatchingPolicy.defaults().requestExpiry();
  private static final MatchingPolicy ADMIN_ONLY =
      MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.ADMIN));
  private static final MatchingPolicy NO_APPROVALS =
      MatchingPolicy.defaults().withApprovals(Set.of());
  private static final MatchingPolicy SELF_SERVICE =
      MatchingPolicy.defaults().withMode(MatchingMode.SELF_SERVICE);
  private static final String LONG_NOTE = "x".repeat(2_001);

  private final Fixture f = new Fixture();
  private final PairService pairs = f.mentoring.pairs();

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  /** A MATCHING program with mentors mia (capacity 2) and max (capacity 1), mentees ned and ola. */
  private ProgramId cohort(MatchingPolicy policy) {
    ProgramId pid = f.matchingProgram(policy).id();
    f.mentor(pid, "mia", 2);
    tick();
    f.mentor(pid, "max", 1);
    tick();
    f.mentee(pid, "ned");
    tick();
    f.mentee(pid, "ola");
    tick();
    return pid;
  }

  private Pair propose(ProgramId pid, String mentor, String mentee) {
    return pairs.propose(ADMIN, pid, id(mentor), id(mentee));
  }

  private Pair accepted(ProgramId pid, String mentor, String mentee) {
    Pair p = propose(pid, mentor, mentee);
    pairs.accept(as(mentor), p.id());
    return pairs.accept(as(mentee), p.id());
  }

  private Pair active(ProgramId pid, String mentor, String mentee) {
    Pair p = accepted(pid, mentor, mentee);
    if (f.mentoring.programs().get(SYSTEM, pid).status() != ProgramStatus.RUNNING) {
      f.mentoring.programs().launch(ADMIN, pid);
    }
    return pairs.get(SYSTEM, p.id());
  }

  // ----------------------------------------------------------------------------------- propose

  @Nested
  class Propose {
    @Test
    void propose_defaultPolicy_storesProposalAwaitingMentorAndMentee() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Instant t1 = tick();
      f.recorder.clear();

      Pair p = pairs.propose(ADMIN, pid, id("mia"), id("ned"));

      assertThat(p.status()).isEqualTo(PairStatus.PROPOSED);
      assertThat(p.programId()).isEqualTo(pid);
      assertThat(p.mentorId()).isEqualTo(id("mia"));
      assertThat(p.menteeId()).isEqualTo(id("ned"));
      assertThat(p.origin()).isEqualTo(PairOrigin.ADMIN);
      assertThat(p.requiredApprovals())
          .containsExactlyInAnyOrder(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
      assertThat(p.approvals()).containsExactly(ApprovalSide.ADMIN);
      assertThat(p.pendingApprovals())
          .containsExactlyInAnyOrder(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
      assertThat(p.proposedAt()).isEqualTo(t1);
      assertThat(p.expiresAt()).isEqualTo(t1.plus(EXPIRY));
      assertThat(p.acceptedAt()).isNull();
      assertThat(p.exit()).isNull();
      assertThat(p.score()).isZero();
      assertThat(p.version()).isEqualTo(1);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(p);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairProposed(p.id(), pid, id("mia"), id("ned"), PairOrigin.ADMIN, 0, t1));
      assertThat(f.recorder.notifications())
          .containsExactlyInAnyOrder(
              new MatchProposed(id("mia"), pid, p.id(), t1),
              new MatchProposed(id("ned"), pid, p.id(), t1));
    }

    @Test
    void propose_adminOnlyPolicy_acceptedAtOnceAndBothSidesConfirmed() {
      ProgramId pid = cohort(ADMIN_ONLY);
      Instant t1 = tick();
      f.recorder.clear();

      Pair p = pairs.propose(ADMIN, pid, id("mia"), id("ned"));

      assertThat(p.status()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(p.acceptedAt()).isEqualTo(t1);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(p);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairProposed(p.id(), pid, id("mia"), id("ned"), PairOrigin.ADMIN, 0, t1),
              new PairStatusChanged(p.id(), pid, PairStatus.PROPOSED, PairStatus.ACCEPTED, t1));
      assertThat(f.recorder.notifications())
          .containsExactly(
              new MatchConfirmed(id("mia"), pid, p.id(), t1),
              new MatchConfirmed(id("ned"), pid, p.id(), t1));
    }

    @Test
    void propose_noApprovalsRequiredBySystem_acceptedAtOnce() {
      ProgramId pid = cohort(NO_APPROVALS);

      Pair p = pairs.propose(SYSTEM, pid, id("mia"), id("ned"));

      assertThat(p.status()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(p.requiredApprovals()).isEmpty();
    }

    @Test
    void propose_inRunningProgram_activeAtOnce() {
      ProgramId pid = cohort(NO_APPROVALS);
      f.mentoring.programs().launch(ADMIN, pid);
      Instant t1 = tick();
      f.recorder.clear();

      Pair p = pairs.propose(ADMIN, pid, id("mia"), id("ned"));

      assertThat(p.status()).isEqualTo(PairStatus.ACTIVE);
      assertThat(p.startedAt()).isEqualTo(t1);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(p);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairProposed(p.id(), pid, id("mia"), id("ned"), PairOrigin.ADMIN, 0, t1),
              new PairStatusChanged(p.id(), pid, PairStatus.PROPOSED, PairStatus.ACCEPTED, t1),
              new PairStatusChanged(p.id(), pid, PairStatus.ACCEPTED, PairStatus.ACTIVE, t1));
    }

    @Test
    void propose_programNotTakingPairs_illegalTransition() {
      ProgramId pid = f.enrollingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "mia", 1);
      f.mentee(pid, "ned");

      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> propose(pid, "mia", "ned"));

      assertThat(ex.id()).isEqualTo(pid.value());
      assertThat(ex.from()).isEqualTo(ProgramStatus.ENROLLING);
      assertThat(ex.to()).isEqualTo(ProgramStatus.MATCHING);
    }

    @Test
    void propose_byParticipantWhoIsNotAdmin_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () -> pairs.propose(as("mia"), pid, id("mia"), id("ned")));

      assertThat(ex.actor()).isEqualTo(as("mia"));
      assertThat(ex.action()).contains("propose a pair");
    }

    @Test
    void propose_unknownProgramOrParticipant_notFound() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      NotFoundException program =
          refused(
              f,
              NotFoundException.class,
              () -> pairs.propose(ADMIN, ProgramId.of("nope"), id("mia"), id("ned")));
      NotFoundException enrollment =
          refused(f, NotFoundException.class, () -> propose(pid, "zed", "ned"));

      assertThat(program.kind()).isEqualTo("program");
      assertThat(program.id()).isEqualTo("nope");
      assertThat(enrollment.kind()).isEqualTo("enrollment");
      assertThat(enrollment.id()).isEqualTo("zed in program " + pid);
    }

    @Test
    void propose_toFullMentor_capacityExceeded() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      accepted(pid, "max", "ned");

      CapacityExceededException ex =
          refused(f, CapacityExceededException.class, () -> propose(pid, "max", "ola"));

      assertThat(ex.programId()).isEqualTo(pid);
      assertThat(ex.participantId()).isEqualTo(id("max"));
      assertThat(ex.limit()).isEqualTo(1);
    }

    @Test
    void propose_toMentorWithZeroCapacity_capacityExceeded() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      f.mentor(pid, "zoe", 0);

      CapacityExceededException ex =
          refused(f, CapacityExceededException.class, () -> propose(pid, "zoe", "ned"));

      assertThat(ex.participantId()).isEqualTo(id("zoe"));
      assertThat(ex.limit()).isZero();
    }

    @Test
    void propose_menteeAtMentorLimit_capacityExceeded() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      accepted(pid, "mia", "ned");

      CapacityExceededException ex =
          refused(f, CapacityExceededException.class, () -> propose(pid, "max", "ned"));

      assertThat(ex.participantId()).isEqualTo(id("ned"));
      assertThat(ex.limit()).isEqualTo(1);
    }

    @Test
    void propose_openProposalsDoNotTakePlaces_secondProposalAccepted() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      propose(pid, "max", "ned");

      Pair second = propose(pid, "max", "ola");

      assertThat(second.status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void propose_nullArgument_throwsNullPointerException() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      refused(f, NullPointerException.class, () -> pairs.propose(ADMIN, pid, null, id("ned")));
      refused(f, NullPointerException.class, () -> pairs.propose(ADMIN, pid, id("mia"), null));
      refused(f, NullPointerException.class, () -> pairs.propose(null, pid, id("mia"), id("ned")));
    }
  }

  // -------------------------------------------------------------------------------- hard rules

  @Nested
  class HardRules {
    @Test
    void propose_participantWithThemselves_rejected() {
      ProgramId pid =
          f.mentoring
              .programs()
              .create(ADMIN, Fixture.spec().format(ProgramFormat.PEER).build())
              .id();
      f.mentoring.programs().openEnrollment(ADMIN, pid);
      f.mentoring.programs().startMatching(ADMIN, pid);
      f.mentoring
          .enrollments()
          .apply(
              ADMIN, pid, Application.builder(id("xia"), EnrollmentRole.MENTOR_AND_MENTEE).build());

      InvalidInputException ex =
          invalid(f, () -> propose(pid, "xia", "xia"), violation("menteeId", "NotSelf"));

      assertThat(ex.violations().get(0).message()).contains("themselves");
    }

    @Test
    void propose_wrongRoles_rejectedForBothSides() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      invalid(
          f,
          () -> propose(pid, "ned", "mia"),
          violation("menteeId", "ApprovedMentee"),
          violation("mentorId", "ApprovedMentor"));
    }

    @Test
    void propose_unapprovedOrWithdrawnEnrollments_rejected() {
      ProgramId pid =
          f.mentoring
              .programs()
              .create(ADMIN, Fixture.spec().enrollmentApprovalRequired(true).build())
              .id();
      f.mentoring.programs().openEnrollment(ADMIN, pid);
      f.mentoring.programs().startMatching(ADMIN, pid);
      Enrollment mia = f.mentor(pid, "mia", 1);
      Enrollment ned = f.mentee(pid, "ned");
      f.mentoring.enrollments().waitlist(ADMIN, mia.id());
      f.mentoring.enrollments().withdraw(ADMIN, ned.id());

      invalid(
          f,
          () -> propose(pid, "mia", "ned"),
          violation("menteeId", "ApprovedMentee"),
          violation("mentorId", "ApprovedMentor"));
    }

    @Test
    void propose_menteeReportsToMentor_rejected() {
      ProgramId pid = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "mia", 1);
      f.mentee(pid, "ned", Profile.builder().managerChain(List.of(id("lea"), id("mia"))).build());

      invalid(f, () -> propose(pid, "mia", "ned"), violation("mentorId", "ManagerChain"));
    }

    @Test
    void propose_mentorReportsToMentee_rejected() {
      ProgramId pid = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "mia", 1, Profile.builder().managerChain(List.of(id("ned"))).build());
      f.mentee(pid, "ned");

      invalid(f, () -> propose(pid, "mia", "ned"), violation("mentorId", "ManagerChain"));
    }

    @Test
    void propose_menteeExcludedMentor_rejected() {
      ProgramId pid = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "mia", 1);
      f.mentee(pid, "ned", Profile.builder().exclude(id("mia")).build());

      invalid(f, () -> propose(pid, "mia", "ned"), violation("mentorId", "Excluded"));
    }

    @Test
    void propose_mentorExcludedMentee_rejected() {
      ProgramId pid = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "mia", 1, Profile.builder().exclude(id("ned")).build());
      f.mentee(pid, "ned");

      invalid(f, () -> propose(pid, "mia", "ned"), violation("mentorId", "Excluded"));
    }

    @Test
    void propose_pairAlreadyOpenOrCommitted_rejectedAsDuplicate() {
      ProgramId pid = cohort(MatchingPolicy.defaults().withMaxMentorsPerMentee(2));
      propose(pid, "mia", "ned");
      accepted(pid, "mia", "ola");

      invalid(f, () -> propose(pid, "mia", "ned"), violation("mentorId", "Duplicate"));
      invalid(f, () -> propose(pid, "mia", "ola"), violation("mentorId", "Duplicate"));
    }

    @Test
    void propose_afterCompletedOrEndedEarlyPair_rejectedAsRepeat() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair completed = active(pid, "mia", "ned");
      pairs.complete(ADMIN, completed.id());
      Pair ended = accepted(pid, "mia", "ola");
      pairs.endEarly(as("ola"), ended.id(), ExitReason.NOT_A_GOOD_FIT, null);

      InvalidInputException ex =
          invalid(f, () -> propose(pid, "mia", "ned"), violation("mentorId", "NoRepeat"));
      invalid(f, () -> propose(pid, "mia", "ola"), violation("mentorId", "NoRepeat"));

      assertThat(ex.violations().get(0).message()).contains(completed.id().toString());
    }

    @Test
    void propose_afterEndedPairWithRepeatsAllowed_accepted() {
      ProgramId pid = cohort(MatchingPolicy.defaults().withRepeatPairs(true));
      Pair completed = active(pid, "mia", "ned");
      pairs.complete(ADMIN, completed.id());

      Pair again = propose(pid, "mia", "ned");

      assertThat(again.status()).isEqualTo(PairStatus.PROPOSED);
      assertThat(again.id()).isNotEqualTo(completed.id());
    }

    @Test
    void propose_afterDeclinedProposal_accepted() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair declined = propose(pid, "mia", "ned");
      pairs.decline(as("ned"), declined.id(), null);

      assertThat(propose(pid, "mia", "ned").status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void propose_severalRulesBroken_reportsAllViolationsTogether() {
      ProgramId pid =
          f.mentoring
              .programs()
              .create(ADMIN, Fixture.spec().enrollmentApprovalRequired(true).build())
              .id();
      f.mentoring.programs().openEnrollment(ADMIN, pid);
      f.mentoring.programs().startMatching(ADMIN, pid);
      Enrollment mia = f.mentor(pid, "mia", 1);
      f.mentoring.enrollments().approve(ADMIN, mia.id());
      f.mentee(
          pid,
          "ned",
          Profile.builder().managerChain(List.of(id("mia"))).exclude(id("mia")).build());

      invalid(
          f,
          () -> propose(pid, "mia", "ned"),
          violation("menteeId", "ApprovedMentee"),
          violation("mentorId", "Excluded"),
          violation("mentorId", "ManagerChain"));
    }
  }

  // ----------------------------------------------------------------------------------- request

  @Nested
  class Request {
    @Test
    void request_selfServiceByMentee_storesProposalAwaitingMentor() {
      ProgramId pid = cohort(SELF_SERVICE);
      Instant t1 = tick();
      f.recorder.clear();

      Pair p = pairs.request(as("ned"), pid, id("mia"));

      assertThat(p.status()).isEqualTo(PairStatus.PROPOSED);
      assertThat(p.origin()).isEqualTo(PairOrigin.SELF_SERVICE);
      assertThat(p.menteeId()).isEqualTo(id("ned"));
      assertThat(p.approvals()).containsExactly(ApprovalSide.MENTEE);
      assertThat(p.pendingApprovals()).containsExactly(ApprovalSide.MENTOR);
      assertThat(pairs.get(as("ned"), p.id())).isEqualTo(p);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairProposed(p.id(), pid, id("mia"), id("ned"), PairOrigin.SELF_SERVICE, 0, t1));
      assertThat(f.recorder.notifications())
          .containsExactly(new MatchProposed(id("mia"), pid, p.id(), t1));
    }

    @Test
    void request_onlyMenteeApprovalRequired_acceptedAtOnce() {
      ProgramId pid = cohort(SELF_SERVICE.withApprovals(Set.of(ApprovalSide.MENTEE)));

      Pair p = pairs.request(as("ned"), pid, id("mia"));

      assertThat(p.status()).isEqualTo(PairStatus.ACCEPTED);
    }

    @Test
    void request_programNotSelfService_rejected() {
      ProgramId automatic = cohort(MatchingPolicy.defaults());
      ProgramId adminMode = cohort(MatchingPolicy.defaults().withMode(MatchingMode.ADMIN));

      InvalidInputException ex =
          invalid(
              f,
              () -> pairs.request(as("ned"), automatic, id("mia")),
              violation("programId", "SelfService"));
      invalid(
          f,
          () -> pairs.request(as("ned"), adminMode, id("mia")),
          violation("programId", "SelfService"));

      assertThat(ex.violations().get(0).message()).contains("AUTOMATIC_WITH_APPROVAL");
    }

    @Test
    void request_bySystem_accessDenied() {
      ProgramId pid = cohort(SELF_SERVICE);

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.request(SYSTEM, pid, id("mia")));

      assertThat(ex.actor()).isEqualTo(SYSTEM);
    }

    @Test
    void request_byParticipantNotEnrolledAsMentee_rejected() {
      ProgramId pid = cohort(SELF_SERVICE);

      invalid(
          f,
          () -> pairs.request(as("max"), pid, id("mia")),
          violation("menteeId", "ApprovedMentee"));
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> pairs.request(as("zed"), pid, id("mia")));

      assertThat(ex.kind()).isEqualTo("enrollment");
    }

    @Test
    void request_forbiddenPair_rejected() {
      ProgramId pid = f.matchingProgram(SELF_SERVICE).id();
      f.mentor(pid, "mia", 1, Profile.builder().exclude(id("ned")).build());
      f.mentee(pid, "ned");

      invalid(f, () -> pairs.request(as("ned"), pid, id("mia")), violation("mentorId", "Excluded"));
    }

    @Test
    void request_fullMentor_capacityExceeded() {
      ProgramId pid = cohort(SELF_SERVICE);
      accepted(pid, "max", "ola");

      CapacityExceededException ex =
          refused(
              f, CapacityExceededException.class, () -> pairs.request(as("ned"), pid, id("max")));

      assertThat(ex.participantId()).isEqualTo(id("max"));
    }

    @Test
    void request_programNotTakingPairs_illegalTransition() {
      ProgramId pid = cohort(SELF_SERVICE);
      f.mentoring.programs().reopenEnrollment(ADMIN, pid);

      IllegalTransitionException ex =
          refused(
              f, IllegalTransitionException.class, () -> pairs.request(as("ned"), pid, id("mia")));

      assertThat(ex.from()).isEqualTo(ProgramStatus.ENROLLING);
      assertThat(ex.to()).isEqualTo(ProgramStatus.MATCHING);
    }

    @Test
    void request_unknownProgram_notFound() {
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> pairs.request(as("ned"), ProgramId.of("nope"), id("mia")));

      assertThat(ex.kind()).isEqualTo("program");
    }
  }

  // ------------------------------------------------------------------------------------ accept

  @Nested
  class Accept {
    @Test
    void accept_firstRequiredSide_recordsApprovalAndStaysProposed() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.accept(as("mia"), p.id());

      assertThat(after.status()).isEqualTo(PairStatus.PROPOSED);
      assertThat(after.approvals())
          .containsExactlyInAnyOrder(ApprovalSide.ADMIN, ApprovalSide.MENTOR);
      assertThat(after.pendingApprovals()).containsExactly(ApprovalSide.MENTEE);
      assertThat(after.updatedAt()).isEqualTo(t1);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(new PairApproved(p.id(), pid, ApprovalSide.MENTOR, t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void accept_lastRequiredSide_movesToAccepted() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      pairs.accept(as("mia"), p.id());
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.accept(as("ned"), p.id());

      assertThat(after.status()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(after.acceptedAt()).isEqualTo(t1);
      assertThat(after.startedAt()).isNull();
      assertThat(after.pendingApprovals()).isEmpty();
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairApproved(p.id(), pid, ApprovalSide.MENTEE, t1),
              new PairStatusChanged(p.id(), pid, PairStatus.PROPOSED, PairStatus.ACCEPTED, t1));
      assertThat(f.recorder.notifications())
          .containsExactly(
              new MatchConfirmed(id("mia"), pid, p.id(), t1),
              new MatchConfirmed(id("ned"), pid, p.id(), t1));
    }

    @Test
    void accept_sameSideTwice_changesNothing() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      Pair first = pairs.accept(as("mia"), p.id());
      tick();
      f.recorder.clear();
      var before = f.snapshot();

      Pair second = pairs.accept(as("mia"), p.id());

      assertThat(second).isEqualTo(first);
      assertThat(f.snapshot()).isEqualTo(before);
      assertThat(f.recorder.events()).isEmpty();
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void accept_bySideNotAsked_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.accept(ADMIN, p.id()));
      refused(f, AccessDeniedException.class, () -> pairs.accept(SYSTEM, p.id()));

      assertThat(ex.action()).contains("ADMIN side is not asked");
    }

    @Test
    void accept_adminOnlyPolicy_mentorNotAskedButAdminAccepts() {
      ProgramId pid = cohort(SELF_SERVICE.withApprovals(Set.of(ApprovalSide.ADMIN)));
      Pair p = pairs.request(as("ned"), pid, id("mia"));

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.accept(as("mia"), p.id()));
      Pair after = pairs.accept(ADMIN, p.id());

      assertThat(ex.action()).contains("MENTOR side is not asked");
      assertThat(p.pendingApprovals()).containsExactly(ApprovalSide.ADMIN);
      assertThat(after.status()).isEqualTo(PairStatus.ACCEPTED);
    }

    @Test
    void accept_byStranger_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.accept(as("ola"), p.id()));

      assertThat(ex.action()).isEqualTo("accept pair " + p.id());
    }

    @Test
    void accept_atOrPastExpiry_illegalTransitionFromExpired() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      f.clock.set(p.expiresAt());

      IllegalTransitionException atExpiry =
          refused(f, IllegalTransitionException.class, () -> pairs.accept(as("mia"), p.id()));
      f.clock.advance(Duration.ofDays(3));
      IllegalTransitionException later =
          refused(f, IllegalTransitionException.class, () -> pairs.accept(as("ned"), p.id()));

      assertThat(atExpiry.id()).isEqualTo(p.id().toString());
      assertThat(atExpiry.from()).isEqualTo(PairStatus.EXPIRED);
      assertThat(atExpiry.to()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(later.from()).isEqualTo(PairStatus.EXPIRED);
      assertThat(pairs.get(SYSTEM, p.id()).status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void accept_justBeforeExpiry_accepts() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      pairs.accept(as("mia"), p.id());
      f.clock.set(p.expiresAt().minusMillis(1));

      assertThat(pairs.accept(as("ned"), p.id()).status()).isEqualTo(PairStatus.ACCEPTED);
    }

    @Test
    void accept_pairNoLongerProposed_illegalTransition() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair declined = propose(pid, "mia", "ned");
      pairs.decline(as("ned"), declined.id(), null);
      Pair accepted = accepted(pid, "mia", "ola");

      IllegalTransitionException ex =
          refused(
              f, IllegalTransitionException.class, () -> pairs.accept(as("mia"), declined.id()));
      IllegalTransitionException ex2 =
          refused(
              f, IllegalTransitionException.class, () -> pairs.accept(as("ola"), accepted.id()));

      assertThat(ex.from()).isEqualTo(PairStatus.DECLINED);
      assertThat(ex.to()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(ex2.from()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(ex2.to()).isEqualTo(PairStatus.ACCEPTED);
    }

    @Test
    void accept_inRunningProgram_activatesAtOnce() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      f.mentoring.programs().launch(ADMIN, pid);
      Pair p = propose(pid, "mia", "ned");
      pairs.accept(as("ned"), p.id());
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.accept(as("mia"), p.id());

      assertThat(after.status()).isEqualTo(PairStatus.ACTIVE);
      assertThat(after.acceptedAt()).isEqualTo(t1);
      assertThat(after.startedAt()).isEqualTo(t1);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairApproved(p.id(), pid, ApprovalSide.MENTOR, t1),
              new PairStatusChanged(p.id(), pid, PairStatus.PROPOSED, PairStatus.ACCEPTED, t1),
              new PairStatusChanged(p.id(), pid, PairStatus.ACCEPTED, PairStatus.ACTIVE, t1));
    }

    @Test
    void accept_menteeNowFull_expiresMenteesOtherProposals() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair chosen = propose(pid, "mia", "ned");
      tick();
      Pair other = propose(pid, "max", "ned");
      tick();
      Pair unrelated = propose(pid, "mia", "ola");
      pairs.accept(as("mia"), chosen.id());
      Instant t1 = tick();
      f.recorder.clear();

      pairs.accept(as("ned"), chosen.id());

      Pair expired = pairs.get(SYSTEM, other.id());
      assertThat(expired.status()).isEqualTo(PairStatus.EXPIRED);
      assertThat(expired.exit()).isEqualTo(PairExit.automatic(ExitReason.MATCHED_ELSEWHERE, t1));
      assertThat(pairs.get(SYSTEM, unrelated.id())).isEqualTo(unrelated);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairApproved(chosen.id(), pid, ApprovalSide.MENTEE, t1),
              new PairStatusChanged(chosen.id(), pid, PairStatus.PROPOSED, PairStatus.ACCEPTED, t1),
              new PairStatusChanged(other.id(), pid, PairStatus.PROPOSED, PairStatus.EXPIRED, t1));
    }

    @Test
    void accept_mentorNowFull_expiresMentorsOtherProposals() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair chosen = propose(pid, "max", "ned");
      tick();
      Pair other = propose(pid, "max", "ola");
      pairs.accept(as("ned"), chosen.id());
      Instant t1 = tick();

      pairs.accept(as("max"), chosen.id());

      Pair expired = pairs.get(SYSTEM, other.id());
      assertThat(expired.status()).isEqualTo(PairStatus.EXPIRED);
      assertThat(expired.exit()).isEqualTo(PairExit.automatic(ExitReason.MATCHED_ELSEWHERE, t1));
    }

    @Test
    void accept_mentorWithPlacesLeft_keepsMentorsOtherProposals() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair chosen = propose(pid, "mia", "ned");
      tick();
      Pair other = propose(pid, "mia", "ola");
      pairs.accept(as("ned"), chosen.id());

      pairs.accept(as("mia"), chosen.id());

      assertThat(pairs.get(SYSTEM, other.id())).isEqualTo(other);
    }

    @Test
    void accept_beyondMenteeLimit_capacityExceeded() {
      ProgramId pid = cohort(MatchingPolicy.defaults().withMaxMentorsPerMentee(2));
      Pair first = propose(pid, "mia", "ned");
      Pair second = propose(pid, "max", "ned");
      pairs.accept(as("mia"), first.id());
      pairs.accept(as("ned"), first.id());
      pairs.accept(as("max"), second.id());
      Program program = f.mentoring.programs().get(ADMIN, pid);
      f.mentoring
          .programs()
          .update(
              ADMIN,
              pid,
              program.spec().toBuilder()
                  .matchingPolicy(program.matchingPolicy().withMaxMentorsPerMentee(1))
                  .build());

      CapacityExceededException ex =
          refused(f, CapacityExceededException.class, () -> pairs.accept(as("ned"), second.id()));

      assertThat(ex.programId()).isEqualTo(pid);
      assertThat(ex.participantId()).isEqualTo(id("ned"));
      assertThat(ex.limit()).isEqualTo(1);
      assertThat(pairs.get(SYSTEM, second.id()).status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void accept_beyondMentorCapacity_capacityExceeded() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "max", "ned");
      pairs.accept(as("ned"), p.id());
      // A committed pair the proposal's knock-on expiry never saw, as a concurrent writer or an
      // import would leave it: max's only place is taken.
      Instant now = f.clock.instant();
      Pair taken =
          Pair.propose(
                  PairId.random(),
                  pid,
                  id("max"),
                  id("ola"),
                  PairOrigin.ADMIN,
                  Explanation.of("imported"),
                  Set.of(),
                  Set.of(),
                  now,
                  now.plus(EXPIRY))
              .confirm(now);
      f.store.inTransaction(tx -> tx.pairs().insert(taken));

      CapacityExceededException ex =
          refused(f, CapacityExceededException.class, () -> pairs.accept(as("max"), p.id()));

      assertThat(ex.participantId()).isEqualTo(id("max"));
      assertThat(ex.limit()).isEqualTo(1);
    }

    @Test
    void accept_unknownPair_notFound() {
      cohort(MatchingPolicy.defaults());

      NotFoundException ex =
          refused(f, NotFoundException.class, () -> pairs.accept(ADMIN, PairId.of("nope")));

      assertThat(ex.kind()).isEqualTo("pair");
      assertThat(ex.id()).isEqualTo("nope");
    }
  }

  // ---------------------------------------------------------------------------- decline/retract

  @Nested
  class DeclineAndRetract {
    @Test
    void decline_byMenteeWithNote_movesToDeclined() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.decline(as("ned"), p.id(), "not my field");

      assertThat(after.status()).isEqualTo(PairStatus.DECLINED);
      assertThat(after.exit())
          .isEqualTo(new PairExit(ExitReason.DECLINED, t1, id("ned"), "not my field"));
      assertThat(after.endedAt()).isEqualTo(t1);
      assertThat(pairs.get(as("ned"), p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(p.id(), pid, PairStatus.PROPOSED, PairStatus.DECLINED, t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void decline_byAdmin_recordsAdminAsInitiator() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      Pair after = pairs.decline(ADMIN, p.id(), null);

      assertThat(after.exit().initiatedBy()).isEqualTo(id("admin"));
      assertThat(after.exit().note()).isNull();
    }

    @Test
    void decline_noteTooLong_rejected() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      InvalidInputException ex =
          invalid(f, () -> pairs.decline(as("ned"), p.id(), LONG_NOTE), violation("note", "Size"));

      assertThat(ex.violations().get(0).invalidValue()).isEqualTo("2001");
      assertThat(pairs.decline(as("ned"), p.id(), "y".repeat(2_000)).status())
          .isEqualTo(PairStatus.DECLINED);
    }

    @Test
    void decline_pairNotProposed_illegalTransition() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = accepted(pid, "mia", "ned");

      IllegalTransitionException ex =
          refused(
              f, IllegalTransitionException.class, () -> pairs.decline(as("ned"), p.id(), null));

      assertThat(ex.from()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(ex.to()).isEqualTo(PairStatus.DECLINED);
    }

    @Test
    void decline_byStrangerOrUnknownPair_refused() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      refused(f, AccessDeniedException.class, () -> pairs.decline(as("ola"), p.id(), null));
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> pairs.decline(ADMIN, PairId.of("nope"), null));

      assertThat(ex.kind()).isEqualTo("pair");
    }

    @Test
    void retract_byAdmin_withdrawsProposal() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.retract(ADMIN, p.id());

      assertThat(after.status()).isEqualTo(PairStatus.WITHDRAWN);
      assertThat(after.exit()).isEqualTo(new PairExit(ExitReason.RETRACTED, t1, id("admin"), null));
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(p.id(), pid, PairStatus.PROPOSED, PairStatus.WITHDRAWN, t1));
    }

    @Test
    void retract_bySystem_recordsNoInitiator() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      assertThat(pairs.retract(SYSTEM, p.id()).exit().initiatedBy()).isNull();
    }

    @Test
    void retract_byPairMember_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.retract(as("mia"), p.id()));

      assertThat(ex.action()).contains("retract pair " + p.id());
    }

    @Test
    void retract_pairNotProposed_illegalTransition() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = accepted(pid, "mia", "ned");

      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> pairs.retract(ADMIN, p.id()));

      assertThat(ex.from()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(ex.to()).isEqualTo(PairStatus.WITHDRAWN);
    }

    @Test
    void retract_unknownPair_notFound() {
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> pairs.retract(ADMIN, PairId.of("nope")));

      assertThat(ex.id()).isEqualTo("nope");
    }
  }

  // --------------------------------------------------------------------- pause/resume/complete

  @Nested
  class RunningPairs {
    @Test
    void pause_activeByMentor_movesToPaused() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.pause(as("mia"), p.id());

      assertThat(after.status()).isEqualTo(PairStatus.PAUSED);
      assertThat(after.startedAt()).isEqualTo(p.startedAt());
      assertThat(after.updatedAt()).isEqualTo(t1);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(p.id(), pid, PairStatus.ACTIVE, PairStatus.PAUSED, t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void resume_pausedByMentee_movesToActiveKeepingStart() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");
      pairs.pause(as("mia"), p.id());
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.resume(as("ned"), p.id());

      assertThat(after.status()).isEqualTo(PairStatus.ACTIVE);
      assertThat(after.startedAt()).isEqualTo(p.startedAt());
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(p.id(), pid, PairStatus.PAUSED, PairStatus.ACTIVE, t1));
    }

    @Test
    void complete_activeOrPaused_movesToCompleted() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair running = active(pid, "mia", "ned");
      Pair paused = active(pid, "mia", "ola");
      pairs.pause(ADMIN, paused.id());
      Instant t1 = tick();
      f.recorder.clear();

      Pair completed = pairs.complete(as("ned"), running.id());
      Pair completedPaused = pairs.complete(SYSTEM, paused.id());

      assertThat(completed.status()).isEqualTo(PairStatus.COMPLETED);
      assertThat(completed.endedAt()).isEqualTo(t1);
      assertThat(completed.exit()).isNull();
      assertThat(completedPaused.status()).isEqualTo(PairStatus.COMPLETED);
      assertThat(pairs.get(SYSTEM, running.id())).isEqualTo(completed);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(running.id(), pid, PairStatus.ACTIVE, PairStatus.COMPLETED, t1),
              new PairStatusChanged(paused.id(), pid, PairStatus.PAUSED, PairStatus.COMPLETED, t1));
    }

    private record Verb(String name, BiFunction<Actor, PairId, Pair> call) {}

    private Verb verb(String name) {
      return switch (name) {
        case "pause" -> new Verb(name, pairs::pause);
        case "resume" -> new Verb(name, pairs::resume);
        case "complete" -> new Verb(name, pairs::complete);
        default -> throw new IllegalArgumentException(name);
      };
    }

    @TestFactory
    Stream<DynamicTest> verb_wrongState_illegalTransition() {
      record Case(String verb, PairStatus from, PairStatus to) {}
      return Stream.of(
              new Case("pause", PairStatus.PROPOSED, PairStatus.PAUSED),
              new Case("pause", PairStatus.ACCEPTED, PairStatus.PAUSED),
              new Case("pause", PairStatus.PAUSED, PairStatus.PAUSED),
              new Case("resume", PairStatus.ACTIVE, PairStatus.ACTIVE),
              new Case("resume", PairStatus.COMPLETED, PairStatus.ACTIVE),
              new Case("complete", PairStatus.ACCEPTED, PairStatus.COMPLETED),
              new Case("complete", PairStatus.COMPLETED, PairStatus.COMPLETED))
          .map(
              c ->
                  dynamicTest(
                      c.verb() + "_" + c.from(),
                      () -> {
                        Pair p = inStatus(c.from());

                        IllegalTransitionException ex =
                            refused(
                                f,
                                IllegalTransitionException.class,
                                () -> verb(c.verb()).call().apply(as("mia"), p.id()));

                        assertThat(ex.id()).isEqualTo(p.id().toString());
                        assertThat(ex.from()).isEqualTo(c.from());
                        assertThat(ex.to()).isEqualTo(c.to());
                      }));
    }

    private Pair inStatus(PairStatus status) {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      return switch (status) {
        case PROPOSED -> propose(pid, "mia", "ned");
        case ACCEPTED -> accepted(pid, "mia", "ned");
        case ACTIVE -> active(pid, "mia", "ned");
        case PAUSED -> pairs.pause(ADMIN, active(pid, "mia", "ned").id());
        case COMPLETED -> pairs.complete(ADMIN, active(pid, "mia", "ned").id());
        default -> throw new IllegalArgumentException(status.name());
      };
    }

    @TestFactory
    Stream<DynamicTest> verb_byStranger_accessDenied() {
      return Stream.of("pause", "resume", "complete")
          .map(
              name ->
                  dynamicTest(
                      name,
                      () -> {
                        Pair p =
                            inStatus(name.equals("resume") ? PairStatus.PAUSED : PairStatus.ACTIVE);

                        AccessDeniedException ex =
                            refused(
                                f,
                                AccessDeniedException.class,
                                () -> verb(name).call().apply(as("ola"), p.id()));

                        assertThat(ex.action()).isEqualTo(name + " pair " + p.id());
                      }));
    }

    @TestFactory
    Stream<DynamicTest> verb_unknownPair_notFound() {
      return Stream.of("pause", "resume", "complete")
          .map(
              name ->
                  dynamicTest(
                      name,
                      () -> {
                        NotFoundException ex =
                            refused(
                                f,
                                NotFoundException.class,
                                () -> verb(name).call().apply(ADMIN, PairId.of("nope")));

                        assertThat(ex.kind()).isEqualTo("pair");
                      }));
    }
  }

  // ---------------------------------------------------------------------------------- endEarly

  @Nested
  class EndEarly {
    @Test
    void endEarly_activeByMentorWithNote_movesToEndedEarly() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");
      Instant t1 = tick();
      f.recorder.clear();

      Pair after = pairs.endEarly(as("mia"), p.id(), ExitReason.SCHEDULE_CONFLICT, "too busy");

      assertThat(after.status()).isEqualTo(PairStatus.ENDED_EARLY);
      assertThat(after.exit())
          .isEqualTo(new PairExit(ExitReason.SCHEDULE_CONFLICT, t1, id("mia"), "too busy"));
      assertThat(after.endedAt()).isEqualTo(t1);
      assertThat(pairs.get(as("mia"), p.id())).isEqualTo(after);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(p.id(), pid, PairStatus.ACTIVE, PairStatus.ENDED_EARLY, t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void endEarly_acceptedOrPaused_movesToEndedEarly() {
      ProgramId matching = cohort(MatchingPolicy.defaults());
      Pair accepted = accepted(matching, "mia", "ned");
      ProgramId running = cohort(MatchingPolicy.defaults());
      Pair paused = active(running, "mia", "ned");
      pairs.pause(ADMIN, paused.id());

      assertThat(pairs.endEarly(ADMIN, accepted.id(), ExitReason.OTHER, null).status())
          .isEqualTo(PairStatus.ENDED_EARLY);
      assertThat(pairs.endEarly(as("ned"), paused.id(), ExitReason.PERSONAL, null).status())
          .isEqualTo(PairStatus.ENDED_EARLY);
    }

    @Test
    void endEarly_reasonSetByEngine_rejected() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");
      List<ExitReason> engineReasons =
          Arrays.stream(ExitReason.values()).filter(r -> !r.isChoosable()).toList();

      assertThat(engineReasons)
          .containsExactly(
              ExitReason.DECLINED,
              ExitReason.TIMED_OUT,
              ExitReason.MATCHED_ELSEWHERE,
              ExitReason.RETRACTED,
              ExitReason.PARTICIPANT_WITHDREW,
              ExitReason.PROGRAM_CLOSED);
      for (ExitReason reason : engineReasons) {
        InvalidInputException ex =
            invalid(
                f,
                () -> pairs.endEarly(as("mia"), p.id(), reason, null),
                violation("reason", "Choosable"));
        assertThat(ex.violations().get(0).invalidValue()).isEqualTo(reason.name());
      }
    }

    @Test
    void endEarly_noteTooLong_rejected() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");

      invalid(
          f,
          () -> pairs.endEarly(as("mia"), p.id(), ExitReason.OTHER, LONG_NOTE),
          violation("note", "Size"));
    }

    @Test
    void endEarly_engineReasonAndLongNote_reportsBothViolationsTogether() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");

      invalid(
          f,
          () -> pairs.endEarly(as("mia"), p.id(), ExitReason.TIMED_OUT, LONG_NOTE),
          violation("note", "Size"),
          violation("reason", "Choosable"));
    }

    @Test
    void endEarly_proposal_illegalTransition() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> pairs.endEarly(as("mia"), p.id(), ExitReason.OTHER, null));

      assertThat(ex.from()).isEqualTo(PairStatus.PROPOSED);
      assertThat(ex.to()).isEqualTo(PairStatus.ENDED_EARLY);
    }

    @Test
    void endEarly_byStrangerOrUnknownPair_refused() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");

      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () -> pairs.endEarly(as("ola"), p.id(), ExitReason.OTHER, null));
      refused(
          f,
          NotFoundException.class,
          () -> pairs.endEarly(ADMIN, PairId.of("nope"), ExitReason.OTHER, null));

      assertThat(ex.action()).isEqualTo("end pair " + p.id());
    }
  }

  // ------------------------------------------------------------------------------- exit notes

  @Nested
  class ExitNotes {
    @Test
    void get_exitNote_visibleToItsAuthorOnly() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = active(pid, "mia", "ned");
      Pair ended = pairs.endEarly(as("ned"), p.id(), ExitReason.NOT_A_GOOD_FIT, "feels forced");
      PairExit withoutNote = ended.exit().withoutNote();

      assertThat(pairs.get(as("ned"), p.id()).exit().note()).isEqualTo("feels forced");
      assertThat(pairs.get(as("mia"), p.id()).exit()).isEqualTo(withoutNote);
      assertThat(pairs.get(ADMIN, p.id()).exit()).isEqualTo(withoutNote);
      assertThat(pairs.get(SYSTEM, p.id()).exit()).isEqualTo(withoutNote);
      assertThat(pairs.list(ADMIN, pid)).extracting(Pair::exit).containsExactly(withoutNote);
      assertThat(pairs.listFor(as("ned"), id("ned")))
          .extracting(Pair::exit)
          .containsExactly(ended.exit());
      assertThat(pairs.listFor(as("mia"), id("mia")))
          .extracting(Pair::exit)
          .containsExactly(withoutNote);
      assertThat(pairs.listFor(SYSTEM, id("ned")))
          .extracting(Pair::exit)
          .containsExactly(withoutNote);
      assertThat(f.snapshot().pairs()).extracting(Pair::exit).containsExactly(ended.exit());
    }

    @Test
    void get_declineNote_hiddenFromTheOtherSide() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      pairs.decline(as("mia"), p.id(), "no time this quarter");

      assertThat(pairs.get(as("mia"), p.id()).exit().note()).isEqualTo("no time this quarter");
      assertThat(pairs.get(as("ned"), p.id()).exit().note()).isNull();
      assertThat(pairs.get(as("ned"), p.id()).exit().initiatedBy()).isEqualTo(id("mia"));
    }
  }

  // ----------------------------------------------------------------------------- expireOverdue

  @Nested
  class ExpireOverdue {
    @Test
    void expireOverdue_system_expiresExactlyTheOverdueProposals() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair overdue = propose(pid, "mia", "ned");
      Pair accepted = accepted(pid, "max", "ola");
      f.clock.advance(Duration.ofDays(1));
      f.mentee(pid, "pia");
      Pair recent = propose(pid, "mia", "pia");
      ProgramId other = cohort(MatchingPolicy.defaults());
      f.clock.set(overdue.proposedAt().plus(Duration.ofHours(1)));
      Pair overdueElsewhere = propose(other, "mia", "ned");
      Instant at = overdueElsewhere.expiresAt();
      f.clock.set(at);
      f.recorder.clear();

      List<Pair> expired = pairs.expireOverdue(SYSTEM, at);

      assertThat(expired)
          .extracting(Pair::id)
          .containsExactlyInAnyOrder(overdue.id(), overdueElsewhere.id());
      assertThat(expired)
          .allSatisfy(
              p -> {
                assertThat(p.status()).isEqualTo(PairStatus.EXPIRED);
                assertThat(p.exit()).isEqualTo(PairExit.automatic(ExitReason.TIMED_OUT, at));
              });
      assertThat(pairs.get(SYSTEM, overdue.id()))
          .isEqualTo(
              expired.stream().filter(p -> p.id().equals(overdue.id())).findFirst().orElseThrow());
      assertThat(pairs.get(SYSTEM, recent.id())).isEqualTo(recent);
      assertThat(pairs.get(SYSTEM, accepted.id())).isEqualTo(accepted);
      assertThat(f.recorder.events())
          .containsExactlyInAnyOrder(
              new PairStatusChanged(overdue.id(), pid, PairStatus.PROPOSED, PairStatus.EXPIRED, at),
              new PairStatusChanged(
                  overdueElsewhere.id(), other, PairStatus.PROPOSED, PairStatus.EXPIRED, at));
      assertThat(f.recorder.notifications()).isEmpty();

      f.recorder.clear();
      assertThat(pairs.expireOverdue(SYSTEM, at.plus(Duration.ofHours(1)))).isEmpty();
      assertThat(f.recorder.events()).isEmpty();
    }

    @Test
    void expireOverdue_beforeAnyExpiry_expiresNothing() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      var before = f.snapshot();

      assertThat(pairs.expireOverdue(SYSTEM, p.expiresAt().minusMillis(1))).isEmpty();
      assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void expireOverdue_programReopenedForEnrollment_expiresItsProposalsToo() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      f.mentoring.programs().reopenEnrollment(ADMIN, pid);
      f.clock.set(p.expiresAt());

      List<Pair> expired = pairs.expireOverdue(SYSTEM, p.expiresAt());

      assertThat(expired).extracting(Pair::id).containsExactly(p.id());
      assertThat(pairs.get(SYSTEM, p.id()).status()).isEqualTo(PairStatus.EXPIRED);
    }

    @Test
    void expireOverdue_nonSystemActor_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");
      f.clock.set(p.expiresAt());

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.expireOverdue(ADMIN, p.expiresAt()));
      refused(f, AccessDeniedException.class, () -> pairs.expireOverdue(as("mia"), p.expiresAt()));

      assertThat(ex.actor()).isEqualTo(ADMIN);
      assertThat(ex.action()).isEqualTo("expire overdue proposals");
    }
  }

  // ----------------------------------------------------------------------------------- reading

  @Nested
  class Read {
    @Test
    void get_byMemberAdminOrSystem_returnsStoredPair() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      assertThat(pairs.get(as("mia"), p.id())).isEqualTo(p);
      assertThat(pairs.get(as("ned"), p.id())).isEqualTo(p);
      assertThat(pairs.get(ADMIN, p.id())).isEqualTo(p);
      assertThat(pairs.get(SYSTEM, p.id())).isEqualTo(p);
    }

    @Test
    void get_anotherParticipantsPair_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair p = propose(pid, "mia", "ned");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.get(as("ola"), p.id()));

      assertThat(ex.actor()).isEqualTo(as("ola"));
      assertThat(ex.action()).isEqualTo("read pair " + p.id());
    }

    @Test
    void get_unknownPair_notFound() {
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> pairs.get(SYSTEM, PairId.of("nope")));

      assertThat(ex.kind()).isEqualTo("pair");
      assertThat(ex.id()).isEqualTo("nope");
    }

    @Test
    void list_byAdmin_returnsProgramsPairsInProposalOrder() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair second = propose(pid, "mia", "ola");
      tick();
      Pair third = propose(pid, "max", "ned");
      f.clock.set(second.proposedAt().minusSeconds(1));
      Pair first = propose(pid, "mia", "ned");

      assertThat(pairs.list(ADMIN, pid)).containsExactly(first, second, third);
      assertThat(pairs.list(SYSTEM, pid)).containsExactly(first, second, third);
    }

    @Test
    void list_byParticipant_accessDeniedAndUnknownProgram_notFound() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      propose(pid, "mia", "ned");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.list(as("mia"), pid));
      NotFoundException nf =
          refused(f, NotFoundException.class, () -> pairs.list(ADMIN, ProgramId.of("nope")));

      assertThat(ex.action()).contains("list pairs");
      assertThat(nf.kind()).isEqualTo("program");
    }

    @Test
    void listFor_selfOrSystem_returnsPairsAcrossPrograms() {
      ProgramId one = cohort(MatchingPolicy.defaults());
      Pair first = propose(one, "mia", "ned");
      tick();
      ProgramId two = cohort(MatchingPolicy.defaults());
      Pair second = propose(two, "max", "ned");
      propose(two, "mia", "ola");

      assertThat(pairs.listFor(as("ned"), id("ned"))).containsExactly(first, second);
      assertThat(pairs.listFor(SYSTEM, id("ned"))).containsExactly(first, second);
      assertThat(pairs.listFor(as("zed"), id("zed"))).isEmpty();
    }

    @Test
    void listFor_anotherParticipantEvenByAdmin_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      propose(pid, "mia", "ned");

      refused(f, AccessDeniedException.class, () -> pairs.listFor(as("mia"), id("ned")));
      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> pairs.listFor(ADMIN, id("ned")));

      assertThat(ex.action()).isEqualTo("list the pairs of ned");
    }
  }
}
