package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Gens.listsOf;
import static dev.mentoring.core.testing.Gens.matchingPolicies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random operation sequences through the public engine on one program. Every operation may be
 * refused; after each step the store must satisfy the pairing invariants, and a refused operation
 * must leave the store unchanged and deliver nothing. On failure QuickTheories prints the shrunk
 * scenario (its steps) and the seed.
 */
class ProgramOperationsPropertyTest {
  private static final long SEED = 0xC0FFEE_2026L;
  private static final int EXAMPLES = 300;
  private static final Actor OUTSIDER = Actor.participant("outsider");

  /** What a step does; pair steps pick the {@code a}-th pair made so far (modulo). */
  enum Kind {
    PROPOSE,
    MATCH,
    ACCEPT,
    DECLINE,
    RETRACT,
    PAUSE,
    RESUME,
    COMPLETE,
    END_EARLY,
    WITHDRAW,
    APPROVE_ENROLLMENT,
    WAITLIST,
    REJECT,
    START_MATCHING,
    REOPEN_ENROLLMENT,
    LAUNCH,
    CLOSE,
    ADVANCE,
    EXPIRE
  }

  /**
   * One operation. For pair operations {@code a} picks the pair and {@code b} the actor (0 mentor,
   * 1 mentee, 2 administrator, 3 an outsider), preferring open pairs for {@code a >= 2}; for
   * PROPOSE {@code a} picks the mentor and {@code b} the mentee; for enrollment operations {@code
   * a} picks the participant; for ADVANCE and EXPIRE the clock moves {@code 12·a} hours.
   */
  record Step(Kind kind, int a, int b) {
    @Override
    public String toString() {
      return kind + "(" + a + "," + b + ")";
    }
  }

  record Scenario(
      List<Integer> mentorCapacities,
      int mentees,
      MatchingPolicy policy,
      boolean approvalRequired,
      int pendingMask,
      List<Step> steps) {
    @Override
    public String toString() {
      return "Scenario[capacities="
          + mentorCapacities
          + ", mentees="
          + mentees
          + ", approvals="
          + policy.approvals()
          + ", maxMentorsPerMentee="
          + policy.maxMentorsPerMentee()
          + ", repeats="
          + policy.allowRepeatPairs()
          + ", approvalRequired="
          + approvalRequired
          + ", pendingMask="
          + pendingMask
          + ", steps="
          + steps
          + "]";
    }
  }

  private static Gen<Kind> kinds() {
    // Weighted towards pair operations; CLOSE is rare because it ends everything, and the
    // enrollment decisions are rare because they take participants out of play.
    Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
    weights.put(Kind.PROPOSE, 20);
    weights.put(Kind.ACCEPT, 30);
    weights.put(Kind.MATCH, 8);
    weights.put(Kind.DECLINE, 4);
    weights.put(Kind.RETRACT, 3);
    weights.put(Kind.PAUSE, 6);
    weights.put(Kind.RESUME, 6);
    weights.put(Kind.COMPLETE, 4);
    weights.put(Kind.END_EARLY, 4);
    weights.put(Kind.APPROVE_ENROLLMENT, 4);
    weights.put(Kind.START_MATCHING, 4);
    weights.put(Kind.LAUNCH, 5);
    weights.put(Kind.ADVANCE, 5);
    weights.put(Kind.EXPIRE, 5);
    List<Kind> weighted = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      weighted.addAll(Collections.nCopies(weights.getOrDefault(kind, 1), kind));
    }
    return Generate.pick(weighted);
  }

  private static Gen<Scenario> scenarios() {
    Gen<Step> steps = kinds().zip(integers().between(0, 9), integers().between(0, 3), Step::new);
    Gen<List<Integer>> capacities = listsOf(integers().between(0, 3), 1, 4);
    return capacities
        .zip(
            integers().between(1, 5),
            matchingPolicies(),
            integers().between(0, 3).map(i -> i == 0),
            Shape::new)
        .zip(
            // About a quarter of the participants stay pending when approval is required.
            integers().between(0, 255).zip(integers().between(0, 255), (x, y) -> x & y),
            listsOf(steps, 0, 50),
            (p, mask, list) ->
                new Scenario(p.caps(), p.mentees(), p.policy(), p.approval(), mask, list));
  }

  private record Shape(List<Integer> caps, int mentees, MatchingPolicy policy, boolean approval) {}

  @Test
  void randomOperations_keepInvariantsAndRefuseWithoutChange() {
    Set<String> outcomes = ConcurrentHashMap.newKeySet();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .withShrinkCycles(200)
        .forAll(scenarios())
        .checkAssert(scenario -> new Run(scenario, outcomes).execute());
    // Guards against a generator that only produces refusals.
    assertThat(outcomes)
        .contains(
            "PROPOSE→PROPOSED",
            "PROPOSE→ACCEPTED",
            "PROPOSE→refused CapacityExceededException",
            "MATCH→proposed",
            "ACCEPT→PROPOSED",
            "ACCEPT→ACCEPTED",
            "ACCEPT→ACTIVE",
            "DECLINE→DECLINED",
            "RETRACT→WITHDRAWN",
            "PAUSE→PAUSED",
            "RESUME→ACTIVE",
            "COMPLETE→COMPLETED",
            "END_EARLY→ENDED_EARLY",
            "WITHDRAW→WITHDRAWN",
            "REOPEN_ENROLLMENT→ENROLLING",
            "LAUNCH→RUNNING",
            "CLOSE→CLOSED",
            "EXPIRE→expired");
  }

  /**
   * Pinned from the property (seed {@code 0xC0FFEE_2026L}): proposals of a program sent back to
   * ENROLLING were skipped by {@code expireOverdue}, although it expires "every proposal, in every
   * program" whose expiry has passed.
   */
  @Test
  void expireOverdue_programReopenedForEnrollment_expiresOverdueProposal() {
    Fixture f = new Fixture();
    Program program = f.matchingProgram(MatchingPolicy.defaults());
    f.mentor(program.id(), "m1", 1);
    f.mentee(program.id(), "e0");
    Pair proposed =
        f.mentoring.pairs().propose(ADMIN, program.id(), Fixture.id("m1"), Fixture.id("e0"));
    f.mentoring.programs().reopenEnrollment(ADMIN, program.id());
    f.clock.advance(Duration.ofDays(7));

    List<Pair> expired = f.mentoring.pairs().expireOverdue(SYSTEM, f.clock.instant());

    assertThat(expired).extracting(Pair::id).containsExactly(proposed.id());
    Pair stored = f.mentoring.pairs().get(ADMIN, proposed.id());
    assertThat(stored.status()).isEqualTo(PairStatus.EXPIRED);
    assertThat(stored.exit().reason()).isEqualTo(ExitReason.TIMED_OUT);
  }

  /** One scenario against a fresh engine. */
  private static final class Run {
    final Scenario scenario;
    final Fixture f = new Fixture();
    final List<ParticipantId> mentors = new ArrayList<>();
    final List<ParticipantId> mentees = new ArrayList<>();
    final List<PairId> made = new ArrayList<>();
    final List<String> trace = new ArrayList<>();
    final Set<String> outcomes;
    ProgramId program;

    Run(Scenario scenario, Set<String> outcomes) {
      this.scenario = scenario;
      this.outcomes = outcomes;
    }

    void execute() {
      setUp();
      StoreSnapshot before = f.snapshot();
      checkInvariants(before, "after set-up");
      for (int i = 0; i < scenario.steps().size(); i++) {
        Step step = scenario.steps().get(i);
        String where = "step " + i + " " + step + " (trace " + trace + ")";
        int events = f.recorder.events().size();
        int notifications = f.recorder.notifications().size();
        String outcome;
        try {
          outcome = apply(step);
        } catch (MentoringException refused) {
          outcome = "refused " + refused.getClass().getSimpleName();
          assertThat(f.snapshot())
              .as("%s: a refused operation changes nothing", where)
              .isEqualTo(before);
          assertThat(f.recorder.events())
              .as("%s: events of a refused operation", where)
              .hasSize(events);
          assertThat(f.recorder.notifications())
              .as("%s: notifications of a refused operation", where)
              .hasSize(notifications);
        }
        trace.add(step + "→" + outcome);
        // Counts are dropped: "3 expired" and "1 expired" are one outcome, "0 expired" another.
        outcomes.add(
            step.kind() + "→" + outcome.replaceFirst("^0 .*", "none").replaceFirst("^\\d+ ", ""));
        StoreSnapshot after = f.snapshot();
        checkInvariants(after, where);
        checkChange(before, after, where);
        if (step.kind() == Kind.EXPIRE && !outcome.startsWith("refused")) {
          Instant now = f.clock.instant();
          assertThat(after.pairs())
              .as("%s: no overdue proposal survives expireOverdue", where)
              .noneMatch(p -> p.status() == PairStatus.PROPOSED && !now.isBefore(p.expiresAt()));
        }
        before = after;
      }
    }

    private void setUp() {
      Program p =
          f.mentoring
              .programs()
              .create(
                  ADMIN,
                  Fixture.spec()
                      .matchingPolicy(scenario.policy())
                      .enrollmentApprovalRequired(scenario.approvalRequired())
                      .build());
      program = p.id();
      f.mentoring.programs().openEnrollment(ADMIN, program);
      List<Enrollment> enrollments = new ArrayList<>();
      for (int i = 0; i < scenario.mentorCapacities().size(); i++) {
        ParticipantId id = ParticipantId.of("m" + i);
        mentors.add(id);
        enrollments.add(f.mentor(program, id.value(), scenario.mentorCapacities().get(i)));
      }
      for (int i = 0; i < scenario.mentees(); i++) {
        ParticipantId id = ParticipantId.of("e" + i);
        mentees.add(id);
        enrollments.add(f.mentee(program, id.value()));
      }
      if (scenario.approvalRequired()) {
        for (int i = 0; i < enrollments.size(); i++) {
          if ((scenario.pendingMask() & (1 << i)) == 0) {
            f.mentoring.enrollments().approve(ADMIN, enrollments.get(i).id());
          }
        }
      }
      f.mentoring.programs().startMatching(ADMIN, program);
    }

    private ParticipantId participant(int index) {
      int all = mentors.size() + mentees.size();
      int i = index % all;
      return i < mentors.size() ? mentors.get(i) : mentees.get(i - mentors.size());
    }

    private Actor actorFor(Pair pair, int choice) {
      return switch (choice % 4) {
        case 0 -> Actor.participant(pair.mentorId());
        case 1 -> Actor.participant(pair.menteeId());
        case 2 -> ADMIN;
        default -> OUTSIDER;
      };
    }

    /** The pair a step acts on: for {@code index >= 2} an open one if there is any. */
    private Pair pair(int index) {
      List<Pair> all =
          f.store.inTransaction(
              tx -> made.stream().map(id -> tx.pairs().find(id).orElseThrow()).toList());
      List<Pair> open = all.stream().filter(p -> !p.status().isTerminal()).toList();
      List<Pair> choices = index >= 2 && !open.isEmpty() ? open : all;
      return choices.get(index % choices.size());
    }

    private Enrollment enrollment(int index) {
      ParticipantId who = participant(index);
      return f.store.inTransaction(tx -> tx.enrollments().find(program, who).orElseThrow());
    }

    /** Runs a step; returns a short outcome, or throws the engine's refusal. */
    private String apply(Step step) {
      var pairs = f.mentoring.pairs();
      var programs = f.mentoring.programs();
      var enrollments = f.mentoring.enrollments();
      boolean needsPair =
          EnumSet.of(
                  Kind.ACCEPT,
                  Kind.DECLINE,
                  Kind.RETRACT,
                  Kind.PAUSE,
                  Kind.RESUME,
                  Kind.COMPLETE,
                  Kind.END_EARLY)
              .contains(step.kind());
      if (needsPair && made.isEmpty()) {
        return "skipped";
      }
      switch (step.kind()) {
        case PROPOSE -> {
          ParticipantId mentor = mentors.get(step.a() % mentors.size());
          ParticipantId mentee = mentees.get(step.b() % mentees.size());
          Pair p = pairs.propose(ADMIN, program, mentor, mentee);
          made.add(p.id());
          return p.status().toString();
        }
        case MATCH -> {
          MatchingRun run = f.mentoring.matching().propose(ADMIN, program);
          run.proposed().forEach(p -> made.add(p.id()));
          return run.proposed().size() + " proposed";
        }
        case ACCEPT -> {
          Pair p = pair(step.a());
          return pairs.accept(actorFor(p, step.b()), p.id()).status().toString();
        }
        case DECLINE -> {
          Pair p = pair(step.a());
          return pairs.decline(actorFor(p, step.b()), p.id(), "no").status().toString();
        }
        case RETRACT -> {
          Pair p = pair(step.a());
          return pairs.retract(step.b() % 2 == 0 ? ADMIN : OUTSIDER, p.id()).status().toString();
        }
        case PAUSE -> {
          Pair p = pair(step.a());
          return pairs.pause(actorFor(p, step.b()), p.id()).status().toString();
        }
        case RESUME -> {
          Pair p = pair(step.a());
          return pairs.resume(actorFor(p, step.b()), p.id()).status().toString();
        }
        case COMPLETE -> {
          Pair p = pair(step.a());
          return pairs.complete(actorFor(p, step.b()), p.id()).status().toString();
        }
        case END_EARLY -> {
          Pair p = pair(step.a());
          return pairs
              .endEarly(actorFor(p, step.b()), p.id(), ExitReason.SCHEDULE_CONFLICT, null)
              .status()
              .toString();
        }
        case WITHDRAW -> {
          Enrollment e = enrollment(step.a());
          Actor actor = step.b() % 2 == 0 ? Actor.participant(e.participantId()) : ADMIN;
          return enrollments.withdraw(actor, e.id()).status().toString();
        }
        case APPROVE_ENROLLMENT -> {
          return enrollments.approve(ADMIN, enrollment(step.a()).id()).status().toString();
        }
        case WAITLIST -> {
          return enrollments.waitlist(ADMIN, enrollment(step.a()).id()).status().toString();
        }
        case REJECT -> {
          return enrollments.reject(ADMIN, enrollment(step.a()).id()).status().toString();
        }
        case START_MATCHING -> {
          return programs.startMatching(ADMIN, program).status().toString();
        }
        case REOPEN_ENROLLMENT -> {
          return programs.reopenEnrollment(ADMIN, program).status().toString();
        }
        case LAUNCH -> {
          return programs.launch(ADMIN, program).status().toString();
        }
        case CLOSE -> {
          return programs.close(ADMIN, program).status().toString();
        }
        case ADVANCE -> {
          f.clock.advance(Duration.ofHours(12L * step.a()));
          return "advanced";
        }
        case EXPIRE -> {
          f.clock.advance(Duration.ofHours(12L * step.a()));
          return pairs.expireOverdue(SYSTEM, f.clock.instant()).size() + " expired";
        }
      }
      throw new AssertionError(step);
    }

    // ------------------------------------------------------------------ invariants

    private void checkInvariants(StoreSnapshot s, String where) {
      MatchingPolicy policy = scenario.policy();
      Map<ParticipantId, Enrollment> byParticipant = new HashMap<>();
      s.enrollments().forEach(e -> byParticipant.put(e.participantId(), e));
      Map<ParticipantId, Integer> mentorLoad = new HashMap<>();
      Map<ParticipantId, Integer> menteeLoad = new HashMap<>();
      Set<List<ParticipantId>> open = new HashSet<>();
      for (Pair p : s.pairs()) {
        boolean committed = p.status().isCommitted();
        boolean isOpen = committed || p.status() == PairStatus.PROPOSED;
        if (committed) {
          mentorLoad.merge(p.mentorId(), 1, Integer::sum);
          menteeLoad.merge(p.menteeId(), 1, Integer::sum);
        }
        if (isOpen) {
          assertThat(open.add(List.of(p.mentorId(), p.menteeId())))
              .as("%s: two open pairs for %s and %s", where, p.mentorId(), p.menteeId())
              .isTrue();
          Enrollment mentor = byParticipant.get(p.mentorId());
          Enrollment mentee = byParticipant.get(p.menteeId());
          assertThat(mentor.status())
              .as("%s: open pair %s has mentor enrollment", where, p)
              .isEqualTo(EnrollmentStatus.APPROVED);
          assertThat(mentee.status())
              .as("%s: open pair %s has mentee enrollment", where, p)
              .isEqualTo(EnrollmentStatus.APPROVED);
          assertThat(mentor.role().mentors()).isTrue();
          assertThat(mentee.role().mentees()).isTrue();
        }
        if (p.acceptedAt() != null) {
          assertThat(p.acceptedAt())
              .as("%s: %s accepted before it expired", where, p.id())
              .isBefore(p.expiresAt());
        }
      }
      mentorLoad.forEach(
          (mentor, load) ->
              assertThat(load)
                  .as("%s: committed pairs of mentor %s", where, mentor)
                  .isLessThanOrEqualTo(byParticipant.get(mentor).capacity()));
      menteeLoad.forEach(
          (mentee, load) ->
              assertThat(load)
                  .as("%s: committed pairs of mentee %s", where, mentee)
                  .isLessThanOrEqualTo(policy.maxMentorsPerMentee()));
      // A mentor or mentee with no place left has no open proposal: accepting expires them and
      // proposing to them is refused.
      for (Pair p : s.pairs()) {
        if (p.status() == PairStatus.PROPOSED) {
          assertThat(mentorLoad.getOrDefault(p.mentorId(), 0))
              .as("%s: proposal %s for a full mentor", where, p.id())
              .isLessThan(byParticipant.get(p.mentorId()).capacity());
          assertThat(menteeLoad.getOrDefault(p.menteeId(), 0))
              .as("%s: proposal %s for a full mentee", where, p.id())
              .isLessThan(policy.maxMentorsPerMentee());
        }
      }
      ProgramStatus status = s.programs().get(0).status();
      Set<PairStatus> present = EnumSet.noneOf(PairStatus.class);
      s.pairs().forEach(p -> present.add(p.status()));
      if (status == ProgramStatus.ENROLLING || status == ProgramStatus.MATCHING) {
        assertThat(present)
            .as("%s: pairs before launch", where)
            .doesNotContain(PairStatus.ACTIVE, PairStatus.PAUSED);
      }
      if (status == ProgramStatus.RUNNING) {
        assertThat(present)
            .as("%s: pairs of a running program", where)
            .doesNotContain(PairStatus.ACCEPTED);
      }
      if (status == ProgramStatus.CLOSED) {
        assertThat(present)
            .as("%s: pairs of a closed program", where)
            .doesNotContain(
                PairStatus.PROPOSED, PairStatus.ACCEPTED, PairStatus.ACTIVE, PairStatus.PAUSED);
      }
    }

    private static void checkChange(StoreSnapshot before, StoreSnapshot after, String where) {
      checkVersions(before.programs(), after.programs(), Program::id, Program::version, where);
      checkVersions(
          before.enrollments(), after.enrollments(), Enrollment::id, Enrollment::version, where);
      checkVersions(before.pairs(), after.pairs(), Pair::id, Pair::version, where);

      ProgramStatus was = before.programs().get(0).status();
      ProgramStatus is = after.programs().get(0).status();
      if (was != is) {
        assertThat(was.canMoveTo(is)).as("%s: program %s → %s", where, was, is).isTrue();
      }
      Map<Object, Enrollment> enrollments = index(after.enrollments(), Enrollment::id);
      for (Enrollment e : before.enrollments()) {
        Enrollment now = enrollments.get(e.id());
        if (e.status().isTerminal()) {
          assertThat(now).as("%s: terminal enrollment changed", where).isEqualTo(e);
        } else if (now.status() != e.status()) {
          assertThat(e.status().canMoveTo(now.status()))
              .as("%s: enrollment %s → %s", where, e.status(), now.status())
              .isTrue();
        }
      }
      Map<Object, Pair> pairs = index(after.pairs(), Pair::id);
      for (Pair p : before.pairs()) {
        Pair now = pairs.get(p.id());
        if (p.status().isTerminal()) {
          assertThat(now).as("%s: terminal pair changed", where).isEqualTo(p);
        } else if (now.status() != p.status()) {
          // One operation may take several steps: accepting in a running program activates.
          assertThat(reachable(p.status()))
              .as("%s: pair %s → %s", where, p.status(), now.status())
              .contains(now.status());
        }
      }
    }

    private static Set<PairStatus> reachable(PairStatus from) {
      Set<PairStatus> seen = EnumSet.noneOf(PairStatus.class);
      Deque<PairStatus> todo = new ArrayDeque<>(List.of(from));
      while (!todo.isEmpty()) {
        PairStatus s = todo.pop();
        for (PairStatus next : PairStatus.values()) {
          if (s.canMoveTo(next) && seen.add(next)) {
            todo.push(next);
          }
        }
      }
      return seen;
    }

    private static <T> Map<Object, T> index(List<T> rows, Function<T, Object> id) {
      Map<Object, T> map = new HashMap<>();
      rows.forEach(r -> map.put(id.apply(r), r));
      return map;
    }

    private static <T> void checkVersions(
        List<T> before,
        List<T> after,
        Function<T, Object> id,
        Function<T, Long> version,
        String where) {
      Map<Object, T> now = index(after, id);
      for (T old : before) {
        T current = now.get(id.apply(old));
        assertThat(current).as("%s: %s disappeared", where, id.apply(old)).isNotNull();
        if (current.equals(old)) {
          continue;
        }
        assertThat(version.apply(current))
            .as("%s: version of changed %s", where, id.apply(old))
            .isGreaterThan(version.apply(old));
      }
      for (T row : after) {
        assertThat(version.apply(row)).as("%s: stored version", where).isPositive();
      }
    }
  }
}
