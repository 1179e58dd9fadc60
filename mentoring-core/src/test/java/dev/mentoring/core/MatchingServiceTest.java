package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.testing.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchingServiceTest {
  private final Fixture f = new Fixture();
  private final MatchingService matching = f.mentoring.matching();

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  /**
   * A MATCHING program: mentors amy (Java, capacity 2) and bob (Go, capacity 1); mentees dan (seeks
   * Java), eli (seeks Go) and gus (seeks Java, reports to amy).
   */
  private ProgramId cohort(MatchingPolicy policy) {
    ProgramId pid = f.matchingProgram(policy).id();
    f.mentor(pid, "amy", 2, Profile.builder().offers("Java", 5).build());
    f.mentor(pid, "bob", 1, Profile.builder().offers("Go", 4).build());
    f.mentee(pid, "dan", Profile.builder().seeks("java", 3).build());
    f.mentee(pid, "eli", Profile.builder().seeks("Go", 2).build());
    f.mentee(
        pid, "gus", Profile.builder().seeks("Java", 2).managerChain(List.of(id("amy"))).build());
    tick();
    return pid;
  }

  private static Proposal proposal(String mentor, String mentee) {
    return new Proposal(id(mentor), id(mentee), Explanation.of("test"));
  }

  /** A strategy that returns fixed proposals, whatever the problem. */
  private static MatchingStrategy fixed(Proposal... proposals) {
    return new MatchingStrategy() {
      @Override
      public MatchingResult match(MatchingProblem problem) {
        return new MatchingResult(List.of(proposals), Map.of(), Map.of("fixed", 1.0));
      }

      @Override
      public String id() {
        return "test.fixed";
      }
    };
  }

  // ----------------------------------------------------------------------------------- problem

  @Nested
  class Problem {
    @Test
    void problem_freshCohort_listsEligibleParticipantsPlacesAndForbiddenPairs() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      MatchingProblem problem = matching.problem(ADMIN, pid);

      assertThat(problem.program()).isEqualTo(f.mentoring.programs().get(ADMIN, pid));
      assertThat(problem.mentors())
          .extracting(Enrollment::participantId)
          .containsExactly(id("amy"), id("bob"));
      assertThat(problem.mentees())
          .extracting(Enrollment::participantId)
          .containsExactly(id("dan"), id("eli"), id("gus"));
      assertThat(problem.mentorPlaces()).containsOnly(entry(id("amy"), 2), entry(id("bob"), 1));
      assertThat(problem.menteePlaces())
          .containsOnly(entry(id("dan"), 1), entry(id("eli"), 1), entry(id("gus"), 1));
      assertThat(problem.existingPairs()).isEmpty();
      assertThat(problem.excluded()).containsExactly(new CandidatePair(id("amy"), id("gus")));
      assertThat(problem.allows(id("amy"), id("gus"))).isFalse();
      assertThat(problem.allows(id("amy"), id("dan"))).isTrue();
      assertThat(matching.problem(SYSTEM, pid)).isEqualTo(problem);
    }

    @Test
    void problem_openAndCommittedPairs_takePlacesAndAreExcluded() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Pair open = f.mentoring.pairs().propose(ADMIN, pid, id("amy"), id("dan"));
      tick();
      Pair committed = f.mentoring.pairs().propose(ADMIN, pid, id("bob"), id("eli"));
      f.mentoring.pairs().accept(as("bob"), committed.id());
      committed = f.mentoring.pairs().accept(as("eli"), committed.id());

      MatchingProblem problem = matching.problem(ADMIN, pid);

      assertThat(problem.existingPairs()).containsExactly(open, committed);
      assertThat(problem.mentors())
          .extracting(Enrollment::participantId)
          .containsExactly(id("amy"));
      assertThat(problem.mentorPlaces()).containsOnly(entry(id("amy"), 1));
      assertThat(problem.mentees())
          .extracting(Enrollment::participantId)
          .containsExactly(id("gus"));
      assertThat(problem.excluded()).containsExactly(new CandidatePair(id("amy"), id("gus")));
    }

    @Test
    void problem_exclusionsInEitherDirection_areForbidden() {
      ProgramId pid = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "amy", 1, Profile.builder().exclude(id("dan")).build());
      f.mentor(pid, "bob", 1);
      f.mentee(pid, "dan");
      f.mentee(pid, "eli", Profile.builder().exclude(id("bob")).build());
      f.mentee(pid, "fay", Profile.builder().managerChain(List.of(id("zed"))).build());

      MatchingProblem problem = matching.problem(ADMIN, pid);

      assertThat(problem.excluded())
          .containsExactlyInAnyOrder(
              new CandidatePair(id("amy"), id("dan")), new CandidatePair(id("bob"), id("eli")));
    }

    @Test
    void problem_endedPairs_forbiddenUnlessRepeatsAllowed() {
      ProgramId noRepeats = cohort(MatchingPolicy.defaults());
      ProgramId repeats = cohort(MatchingPolicy.defaults().withRepeatPairs(true));
      for (ProgramId pid : List.of(noRepeats, repeats)) {
        Pair p = f.mentoring.pairs().propose(ADMIN, pid, id("amy"), id("dan"));
        f.mentoring.pairs().accept(as("amy"), p.id());
        f.mentoring.pairs().accept(as("dan"), p.id());
        f.mentoring.pairs().endEarly(as("dan"), p.id(), ExitReason.ROLE_CHANGE, null);
      }

      assertThat(matching.problem(ADMIN, noRepeats).excluded())
          .contains(new CandidatePair(id("amy"), id("dan")));
      assertThat(matching.problem(ADMIN, repeats).excluded())
          .doesNotContain(new CandidatePair(id("amy"), id("dan")));
    }

    @Test
    void problem_unapprovedOrWithdrawnEnrollments_leftOut() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Enrollment dan =
          f.mentoring.enrollments().list(ADMIN, pid).stream()
              .filter(e -> e.participantId().equals(id("dan")))
              .findFirst()
              .orElseThrow();
      f.mentoring.enrollments().withdraw(as("dan"), dan.id());

      assertThat(matching.problem(ADMIN, pid).mentees())
          .extracting(Enrollment::participantId)
          .containsExactly(id("eli"), id("gus"));
    }

    @Test
    void problem_sameProgram_sameSeed() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      long seed = matching.problem(ADMIN, pid).seed();
      f.mentee(pid, "hal");

      assertThat(matching.problem(SYSTEM, pid).seed()).isEqualTo(seed);
    }

    @Test
    void problem_nonAdminOrUnknownProgram_refused() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> matching.problem(as("amy"), pid));
      NotFoundException nf =
          refused(f, NotFoundException.class, () -> matching.problem(ADMIN, ProgramId.of("nope")));

      assertThat(ex.action()).contains("run matching");
      assertThat(nf.kind()).isEqualTo("program");
    }
  }

  // ----------------------------------------------------------------------------------- preview

  @Nested
  class Preview {
    @Test
    void preview_defaultStrategy_returnsResultWithoutStoringAnything() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      f.recorder.clear();
      var before = f.snapshot();

      MatchingResult result = matching.preview(ADMIN, pid);

      assertThat(result.proposals())
          .extracting(p -> p.mentorId().value(), p -> p.menteeId().value(), Proposal::score)
          .containsExactly(tuple("amy", "dan", 100), tuple("bob", "eli", 100));
      assertThat(result.unmatched()).containsOnlyKeys(id("gus"));
      assertThat(result.diagnostics()).containsEntry("proposals", 2.0);
      assertThat(f.snapshot()).isEqualTo(before);
      assertThat(f.recorder.events()).isEmpty();
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void preview_nonAdmin_accessDenied() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      refused(f, AccessDeniedException.class, () -> matching.preview(as("dan"), pid));
    }
  }

  // ----------------------------------------------------------------------------------- propose

  @Nested
  class Propose {
    @Test
    void propose_defaultStrategy_storesProposalsAndNotifiesBothSides() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      Instant t1 = f.clock.instant();
      f.recorder.clear();

      MatchingRun run = matching.propose(ADMIN, pid);

      assertThat(run.strategyId()).isEqualTo("core.simple-skill");
      assertThat(run.unmatched()).containsOnlyKeys(id("gus"));
      assertThat(run.diagnostics()).containsEntry("proposals", 2.0);
      assertThat(run.proposed())
          .extracting(p -> p.mentorId().value(), p -> p.menteeId().value())
          .containsExactly(tuple("amy", "dan"), tuple("bob", "eli"));
      Pair first = run.proposed().get(0);
      assertThat(first.status()).isEqualTo(PairStatus.PROPOSED);
      assertThat(first.origin()).isEqualTo(PairOrigin.ALGORITHM);
      assertThat(first.approvals()).isEmpty();
      assertThat(first.requiredApprovals())
          .containsExactlyInAnyOrder(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
      assertThat(first.explanation().contributions())
          .containsExactly(new Contribution("skills", 100, "offers sought skills java"));
      assertThat(f.mentoring.pairs().list(ADMIN, pid))
          .containsExactlyInAnyOrderElementsOf(run.proposed());
      Pair second = run.proposed().get(1);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairProposed(
                  first.id(), pid, id("amy"), id("dan"), PairOrigin.ALGORITHM, 100, t1),
              new PairProposed(
                  second.id(), pid, id("bob"), id("eli"), PairOrigin.ALGORITHM, 100, t1));
      assertThat(f.recorder.notifications())
          .containsExactlyInAnyOrder(
              new MatchProposed(id("amy"), pid, first.id(), t1),
              new MatchProposed(id("dan"), pid, first.id(), t1),
              new MatchProposed(id("bob"), pid, second.id(), t1),
              new MatchProposed(id("eli"), pid, second.id(), t1));
    }

    @Test
    void propose_secondRun_proposesNothingNewWhilePlacesAreTaken() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      matching.propose(ADMIN, pid);

      MatchingRun again = matching.propose(SYSTEM, pid);

      assertThat(again.proposed()).isEmpty();
      assertThat(again.unmatched()).containsOnlyKeys(id("gus"));
      assertThat(f.mentoring.pairs().list(ADMIN, pid)).hasSize(2);
    }

    @Test
    void propose_noApprovalsRequired_acceptsAtOnce() {
      ProgramId pid = cohort(MatchingPolicy.defaults().withApprovals(Set.of()));
      Instant t1 = f.clock.instant();
      f.recorder.clear();

      MatchingRun run = matching.propose(ADMIN, pid);

      assertThat(run.proposed()).extracting(Pair::status).containsOnly(PairStatus.ACCEPTED);
      Pair first = run.proposed().get(0);
      assertThat(f.recorder.events())
          .contains(
              new PairStatusChanged(first.id(), pid, PairStatus.PROPOSED, PairStatus.ACCEPTED, t1));
      assertThat(f.recorder.notifications())
          .contains(
              new MatchConfirmed(id("amy"), pid, first.id(), t1),
              new MatchConfirmed(id("dan"), pid, first.id(), t1));
    }

    @Test
    void propose_givenStrategy_runsItInsteadOfTheDefault() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      MatchingRun run = matching.propose(ADMIN, pid, fixed(proposal("bob", "dan")));

      assertThat(run.strategyId()).isEqualTo("test.fixed");
      assertThat(run.diagnostics()).containsOnly(entry("fixed", 1.0));
      assertThat(run.proposed())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.mentorId()).isEqualTo(id("bob"));
                assertThat(p.menteeId()).isEqualTo(id("dan"));
                assertThat(p.explanation()).isEqualTo(Explanation.of("test"));
              });
    }

    @Test
    void propose_inRunningProgram_allowed() {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      f.mentoring.programs().launch(ADMIN, pid);

      assertThat(matching.propose(ADMIN, pid).proposed()).hasSize(2);
    }

    @Test
    void propose_strategyBreakingHardRule_illegalStateAndNothingStored() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      IllegalStateException excluded =
          refused(
              f,
              IllegalStateException.class,
              () ->
                  matching.propose(
                      ADMIN, pid, fixed(proposal("bob", "dan"), proposal("amy", "gus"))));
      IllegalStateException unknown =
          refused(
              f,
              IllegalStateException.class,
              () -> matching.propose(ADMIN, pid, fixed(proposal("zed", "dan"))));
      IllegalStateException overCapacity =
          refused(
              f,
              IllegalStateException.class,
              () ->
                  matching.propose(
                      ADMIN, pid, fixed(proposal("bob", "dan"), proposal("bob", "eli"))));
      IllegalStateException twice =
          refused(
              f,
              IllegalStateException.class,
              () ->
                  matching.propose(
                      ADMIN, pid, fixed(proposal("amy", "dan"), proposal("amy", "dan"))));

      assertThat(excluded).hasMessageContaining("the hard rules exclude the pair");
      assertThat(unknown).hasMessageContaining("not an eligible mentor and mentee");
      assertThat(overCapacity).hasMessageContaining("more pairs than places left");
      assertThat(twice).hasMessageContaining("twice");
    }

    @Test
    void propose_programNotTakingPairs_illegalTransition() {
      ProgramId pid = f.enrollingProgram(MatchingPolicy.defaults()).id();
      f.mentor(pid, "amy", 1);
      f.mentee(pid, "dan");

      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> matching.propose(ADMIN, pid));

      assertThat(ex.id()).isEqualTo(pid.value());
      assertThat(ex.from()).isEqualTo(ProgramStatus.ENROLLING);
      assertThat(ex.to()).isEqualTo(ProgramStatus.MATCHING);
    }

    @Test
    void propose_nonAdminOrUnknownProgram_refused() {
      ProgramId pid = cohort(MatchingPolicy.defaults());

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> matching.propose(as("amy"), pid));
      refused(
          f,
          AccessDeniedException.class,
          () -> matching.propose(as("amy"), pid, fixed(proposal("amy", "dan"))));
      NotFoundException nf =
          refused(f, NotFoundException.class, () -> matching.propose(ADMIN, ProgramId.of("nope")));

      assertThat(ex.actor()).isEqualTo(as("amy"));
      assertThat(nf.id()).isEqualTo("nope");
    }
  }
}
