package dev.mentoring.core.internal;

import static dev.mentoring.core.testing.Gens.approvalSides;
import static dev.mentoring.core.testing.Gens.listsOf;
import static dev.mentoring.core.testing.Gens.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The three lifecycles as state machines: the tables agree with the documented diagrams, and random
 * sequences of verbs applied to the aggregate records never leave the tables, never move a terminal
 * state, and refuse a verb with {@link IllegalTransitionException} without changing the record.
 */
class LifecyclePropertyTest {
  private static final long SEED = 0x1DEA_2026L;
  private static final int EXAMPLES = 400;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramId PROGRAM = ProgramId.of("program-1");
  private static final ParticipantId MENTOR = ParticipantId.of("mentor");
  private static final ParticipantId MENTEE = ParticipantId.of("mentee");

  // ------------------------------------------------------------ documented diagrams

  /** ProgramStatus Javadoc: DRAFT → ENROLLING → MATCHING → RUNNING → CLOSED → ARCHIVED, etc. */
  private static final Map<ProgramStatus, Set<ProgramStatus>> PROGRAM_DIAGRAM =
      diagram(
          ProgramStatus.class,
          Map.of(
              ProgramStatus.DRAFT, Set.of(ProgramStatus.ENROLLING, ProgramStatus.CLOSED),
              ProgramStatus.ENROLLING, Set.of(ProgramStatus.MATCHING, ProgramStatus.CLOSED),
              ProgramStatus.MATCHING,
                  Set.of(ProgramStatus.RUNNING, ProgramStatus.ENROLLING, ProgramStatus.CLOSED),
              ProgramStatus.RUNNING, Set.of(ProgramStatus.CLOSED),
              ProgramStatus.CLOSED, Set.of(ProgramStatus.ARCHIVED)));

  /** EnrollmentStatus Javadoc: APPLIED → APPROVED / WAITLISTED / REJECTED, open → WITHDRAWN. */
  private static final Map<EnrollmentStatus, Set<EnrollmentStatus>> ENROLLMENT_DIAGRAM =
      diagram(
          EnrollmentStatus.class,
          Map.of(
              EnrollmentStatus.APPLIED,
              Set.of(
                  EnrollmentStatus.APPROVED,
                  EnrollmentStatus.WAITLISTED,
                  EnrollmentStatus.REJECTED,
                  EnrollmentStatus.WITHDRAWN),
              EnrollmentStatus.WAITLISTED,
              Set.of(
                  EnrollmentStatus.APPROVED, EnrollmentStatus.REJECTED, EnrollmentStatus.WITHDRAWN),
              EnrollmentStatus.APPROVED,
              Set.of(EnrollmentStatus.WITHDRAWN)));

  /** PairStatus Javadoc: PROPOSED → ACCEPTED → ACTIVE ⇄ PAUSED → COMPLETED, with the exits. */
  private static final Map<PairStatus, Set<PairStatus>> PAIR_DIAGRAM =
      diagram(
          PairStatus.class,
          Map.of(
              PairStatus.PROPOSED,
              Set.of(
                  PairStatus.ACCEPTED,
                  PairStatus.DECLINED,
                  PairStatus.EXPIRED,
                  PairStatus.WITHDRAWN),
              PairStatus.ACCEPTED,
              Set.of(PairStatus.ACTIVE, PairStatus.ENDED_EARLY),
              PairStatus.ACTIVE,
              Set.of(PairStatus.PAUSED, PairStatus.COMPLETED, PairStatus.ENDED_EARLY),
              PairStatus.PAUSED,
              Set.of(PairStatus.ACTIVE, PairStatus.COMPLETED, PairStatus.ENDED_EARLY)));

  private static <S extends Enum<S>> Map<S, Set<S>> diagram(Class<S> type, Map<S, Set<S>> edges) {
    Map<S, Set<S>> all = new EnumMap<>(type);
    for (S s : type.getEnumConstants()) {
      all.put(s, edges.getOrDefault(s, Set.of()));
    }
    return all;
  }

  private static <S extends Enum<S>> void assertTableMatches(
      Map<S, Set<S>> diagram,
      Transitions<S> table,
      BiPredicate<S, S> canMoveTo,
      Predicate<S> isTerminal) {
    for (S from : diagram.keySet()) {
      for (S to : diagram.keySet()) {
        boolean documented = diagram.get(from).contains(to);
        assertThat(canMoveTo.test(from, to)).as("%s.canMoveTo(%s)", from, to).isEqualTo(documented);
        assertThat(table.allows(from, to)).as("table %s → %s", from, to).isEqualTo(documented);
      }
      assertThat(isTerminal.test(from))
          .as("%s.isTerminal()", from)
          .isEqualTo(diagram.get(from).isEmpty());
      assertThat(table.isTerminal(from)).isEqualTo(diagram.get(from).isEmpty());
      assertThat(table.next(from)).as("next(%s)", from).isEqualTo(diagram.get(from));
    }
  }

  @Test
  void programStatus_agreesWithDocumentedDiagram() {
    assertTableMatches(
        PROGRAM_DIAGRAM, Transitions.PROGRAM, ProgramStatus::canMoveTo, ProgramStatus::isTerminal);
    assertThat(terminals(PROGRAM_DIAGRAM)).containsExactly(ProgramStatus.ARCHIVED);
  }

  @Test
  void enrollmentStatus_agreesWithDocumentedDiagram() {
    assertTableMatches(
        ENROLLMENT_DIAGRAM,
        Transitions.ENROLLMENT,
        EnrollmentStatus::canMoveTo,
        EnrollmentStatus::isTerminal);
    assertThat(terminals(ENROLLMENT_DIAGRAM))
        .containsExactlyInAnyOrder(EnrollmentStatus.REJECTED, EnrollmentStatus.WITHDRAWN);
  }

  @Test
  void pairStatus_agreesWithDocumentedDiagram() {
    assertTableMatches(
        PAIR_DIAGRAM, Transitions.PAIR, PairStatus::canMoveTo, PairStatus::isTerminal);
    assertThat(terminals(PAIR_DIAGRAM))
        .containsExactlyInAnyOrder(
            PairStatus.COMPLETED,
            PairStatus.DECLINED,
            PairStatus.EXPIRED,
            PairStatus.WITHDRAWN,
            PairStatus.ENDED_EARLY);
  }

  @Test
  void pairStatus_committedAndEndedAreDisjointClassesOfTheTable() {
    for (PairStatus s : PairStatus.values()) {
      assertThat(s.isCommitted())
          .as("%s.isCommitted()", s)
          .isEqualTo(
              EnumSet.of(PairStatus.ACCEPTED, PairStatus.ACTIVE, PairStatus.PAUSED).contains(s));
      assertThat(s.isEnded())
          .as("%s.isEnded()", s)
          .isEqualTo(s == PairStatus.COMPLETED || s == PairStatus.ENDED_EARLY);
      // Committed pairs are never terminal; ended pairs always are.
      if (s.isCommitted()) {
        assertThat(s.isTerminal()).isFalse();
      }
      if (s.isEnded()) {
        assertThat(s.isTerminal()).isTrue();
      }
    }
  }

  @Test
  void next_isUnmodifiable() {
    Set<PairStatus> next = Transitions.PAIR.next(PairStatus.PROPOSED);
    assertThatThrownBy(() -> next.add(PairStatus.COMPLETED))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Transitions.PAIR.allows(PairStatus.PROPOSED, PairStatus.COMPLETED)).isFalse();
  }

  @Test
  void check_legalMove_returnsTarget() {
    assertThat(Transitions.PROGRAM.check("p", ProgramStatus.DRAFT, ProgramStatus.ENROLLING))
        .isEqualTo(ProgramStatus.ENROLLING);
  }

  @Test
  void check_illegalMove_throwsWithIdFromAndTo() {
    Throwable thrown =
        catchThrowable(
            () ->
                Transitions.ENROLLMENT.check(
                    "e-9", EnrollmentStatus.REJECTED, EnrollmentStatus.APPROVED));
    assertThat(thrown).isInstanceOf(IllegalTransitionException.class);
    IllegalTransitionException e = (IllegalTransitionException) thrown;
    assertThat(e.id()).isEqualTo("e-9");
    assertThat(e.from()).isEqualTo(EnrollmentStatus.REJECTED);
    assertThat(e.to()).isEqualTo(EnrollmentStatus.APPROVED);
    assertThat(e).hasMessage("cannot move e-9 from REJECTED to APPROVED");
  }

  private static <S> Set<S> terminals(Map<S, Set<S>> diagram) {
    Set<S> result = new HashSet<>();
    diagram.forEach(
        (s, next) -> {
          if (next.isEmpty()) {
            result.add(s);
          }
        });
    return result;
  }

  // ------------------------------------------------------------ the machinery of a walk

  /** A verb of an aggregate, with its documented precondition. */
  interface Verb<A, S extends Enum<S>> {
    /** The status the verb moves to; the {@code to} of its refusal. */
    S target();

    /** Whether the documentation says the verb succeeds on {@code a}. */
    boolean allowedOn(A a);

    /** Whether the verb is refused with IllegalStateException rather than a transition error. */
    default boolean incompleteOn(A a) {
      return false;
    }

    A apply(A a, Instant at);

    /** Checks a successful result against the verb's documented effect. */
    void checkResult(A before, A after, Instant at);
  }

  /** How to read an aggregate's identity and status, and the status type's table. */
  record Machine<A, S extends Enum<S>>(
      Function<A, S> status,
      Function<A, Object> id,
      Function<A, A> copy,
      BiPredicate<S, S> canMoveTo,
      Predicate<S> isTerminal) {}

  /**
   * Applies the verbs in turn and checks every step; returns the (from, to) status changes seen.
   */
  private static <A, S extends Enum<S>> Set<List<S>> walk(
      A start, List<? extends Verb<A, S>> verbs, Machine<A, S> m) {
    Set<List<S>> edges = new HashSet<>();
    A current = start;
    Instant at = T0;
    for (Verb<A, S> verb : verbs) {
      at = at.plus(Duration.ofMinutes(7));
      A copy = m.copy().apply(current);
      S from = m.status().apply(current);
      A next;
      try {
        next = verb.apply(current, at);
      } catch (IllegalTransitionException e) {
        assertThat(verb.allowedOn(current) || verb.incompleteOn(current))
            .as("%s refused on %s", verb, current)
            .isFalse();
        assertThat(e.id()).isEqualTo(m.id().apply(current).toString());
        assertThat(e.from()).isEqualTo(from);
        assertThat(e.to()).isEqualTo(verb.target());
        assertThat(current).as("aggregate after a refused %s", verb).isEqualTo(copy);
        continue;
      } catch (IllegalStateException e) {
        assertThat(verb.incompleteOn(current)).as("%s failed on %s: %s", verb, current, e).isTrue();
        assertThat(current).as("aggregate after a refused %s", verb).isEqualTo(copy);
        continue;
      }
      assertThat(verb.allowedOn(current)).as("%s accepted on %s", verb, current).isTrue();
      assertThat(m.isTerminal().test(from)).as("%s moved terminal %s", verb, from).isFalse();
      S to = m.status().apply(next);
      if (to != from) {
        assertThat(m.canMoveTo().test(from, to)).as("%s moved %s → %s", verb, from, to).isTrue();
        edges.add(List.of(from, to));
      }
      assertThat(current).as("receiver of %s is unchanged", verb).isEqualTo(copy);
      verb.checkResult(current, next, at);
      current = next;
    }
    return edges;
  }

  private static <S extends Enum<S>> Set<List<S>> edgesOf(Map<S, Set<S>> diagram) {
    Set<List<S>> edges = new HashSet<>();
    diagram.forEach((from, tos) -> tos.forEach(to -> edges.add(List.of(from, to))));
    return edges;
  }

  /** Starting states: mostly the initial one, so that long paths are explored too. */
  private static <S extends Enum<S>> Gen<S> startingIn(S initial, Class<S> type) {
    List<S> choices = new ArrayList<>(List.of(initial, initial, initial));
    choices.addAll(List.of(type.getEnumConstants()));
    return Generate.pick(choices);
  }

  // ------------------------------------------------------------ program

  /** The program verbs and, from the Javadoc of each, the states it leaves. */
  enum ProgramVerb implements Verb<Program, ProgramStatus> {
    OPEN_ENROLLMENT,
    START_MATCHING,
    REOPEN_ENROLLMENT,
    LAUNCH,
    CLOSE,
    ARCHIVE;

    @Override
    public ProgramStatus target() {
      return switch (this) {
        case OPEN_ENROLLMENT, REOPEN_ENROLLMENT -> ProgramStatus.ENROLLING;
        case START_MATCHING -> ProgramStatus.MATCHING;
        case LAUNCH -> ProgramStatus.RUNNING;
        case CLOSE -> ProgramStatus.CLOSED;
        case ARCHIVE -> ProgramStatus.ARCHIVED;
      };
    }

    @Override
    public boolean allowedOn(Program p) {
      ProgramStatus s = p.status();
      return switch (this) {
        case OPEN_ENROLLMENT -> s == ProgramStatus.DRAFT;
        case START_MATCHING -> s == ProgramStatus.ENROLLING;
        case REOPEN_ENROLLMENT, LAUNCH -> s == ProgramStatus.MATCHING;
        case CLOSE -> s != ProgramStatus.CLOSED && s != ProgramStatus.ARCHIVED;
        case ARCHIVE -> s == ProgramStatus.CLOSED;
      };
    }

    @Override
    public Program apply(Program p, Instant at) {
      return switch (this) {
        case OPEN_ENROLLMENT -> p.openEnrollment(at);
        case START_MATCHING -> p.startMatching(at);
        case REOPEN_ENROLLMENT -> p.reopenEnrollment(at);
        case LAUNCH -> p.launch(at);
        case CLOSE -> p.close(at);
        case ARCHIVE -> p.archive(at);
      };
    }

    @Override
    public void checkResult(Program before, Program after, Instant at) {
      assertThat(after)
          .isEqualTo(
              new Program(
                  before.id(), before.version(), before.spec(), target(), before.createdAt(), at));
    }
  }

  record ProgramRun(ProgramStatus start, long version, List<ProgramVerb> verbs) {}

  @Test
  void program_randomVerbs_stayInTableAndRefuseWithoutChange() {
    Machine<Program, ProgramStatus> machine =
        new Machine<>(
            Program::status,
            Program::id,
            p -> p.withVersion(p.version()),
            ProgramStatus::canMoveTo,
            ProgramStatus::isTerminal);
    Set<List<ProgramStatus>> seen = new HashSet<>();
    ProgramSpec spec = ProgramSpec.builder("Pilot").build();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            startingIn(ProgramStatus.DRAFT, ProgramStatus.class)
                .zip(
                    Generate.longRange(0, 5),
                    listsOf(oneOf(ProgramVerb.class), 0, 25),
                    ProgramRun::new))
        .checkAssert(
            run ->
                seen.addAll(
                    walk(
                        new Program(PROGRAM, run.version(), spec, run.start(), T0, T0),
                        run.verbs(),
                        machine)));
    assertThat(seen).as("every table transition is exercised").isEqualTo(edgesOf(PROGRAM_DIAGRAM));
  }

  // ------------------------------------------------------------ enrollment

  /** The enrollment verbs and, from the Javadoc of each, the states it leaves. */
  enum EnrollmentVerb implements Verb<Enrollment, EnrollmentStatus> {
    APPROVE,
    WAITLIST,
    REJECT,
    WITHDRAW;

    @Override
    public EnrollmentStatus target() {
      return switch (this) {
        case APPROVE -> EnrollmentStatus.APPROVED;
        case WAITLIST -> EnrollmentStatus.WAITLISTED;
        case REJECT -> EnrollmentStatus.REJECTED;
        case WITHDRAW -> EnrollmentStatus.WITHDRAWN;
      };
    }

    @Override
    public boolean allowedOn(Enrollment e) {
      EnrollmentStatus s = e.status();
      return switch (this) {
        case APPROVE, REJECT -> s == EnrollmentStatus.APPLIED || s == EnrollmentStatus.WAITLISTED;
        case WAITLIST -> s == EnrollmentStatus.APPLIED;
        case WITHDRAW ->
            s == EnrollmentStatus.APPLIED
                || s == EnrollmentStatus.WAITLISTED
                || s == EnrollmentStatus.APPROVED;
      };
    }

    @Override
    public Enrollment apply(Enrollment e, Instant at) {
      return switch (this) {
        case APPROVE -> e.approve(at);
        case WAITLIST -> e.waitlist(at);
        case REJECT -> e.reject(at);
        case WITHDRAW -> e.withdraw(at);
      };
    }

    @Override
    public void checkResult(Enrollment before, Enrollment after, Instant at) {
      assertThat(after.status()).isEqualTo(target());
      assertThat(after.updatedAt()).isEqualTo(at);
      assertThat(after)
          .usingRecursiveComparison()
          .ignoringFields("status", "updatedAt")
          .isEqualTo(before);
    }
  }

  record EnrollmentRun(EnrollmentStatus start, EnrollmentRole role, List<EnrollmentVerb> verbs) {}

  @Test
  void enrollment_randomVerbs_stayInTableAndRefuseWithoutChange() {
    Machine<Enrollment, EnrollmentStatus> machine =
        new Machine<>(
            Enrollment::status,
            Enrollment::id,
            e -> e.withVersion(e.version()),
            EnrollmentStatus::canMoveTo,
            EnrollmentStatus::isTerminal);
    Set<List<EnrollmentStatus>> seen = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            startingIn(EnrollmentStatus.APPLIED, EnrollmentStatus.class)
                .zip(
                    oneOf(EnrollmentRole.class),
                    listsOf(oneOf(EnrollmentVerb.class), 0, 15),
                    EnrollmentRun::new))
        .checkAssert(
            run ->
                seen.addAll(
                    walk(
                        new Enrollment(
                            EnrollmentId.of("enrollment-1"),
                            3,
                            PROGRAM,
                            MENTEE,
                            run.role(),
                            Profile.builder().offers("Java", 4).build(),
                            Map.of(),
                            run.role().mentors() ? 2 : 0,
                            Set.of(Consent.MATCHING),
                            run.start(),
                            T0,
                            T0),
                        run.verbs(),
                        machine)));
    assertThat(seen)
        .as("every table transition is exercised")
        .isEqualTo(edgesOf(ENROLLMENT_DIAGRAM));
  }

  // ------------------------------------------------------------ pair

  enum PairVerb implements Verb<Pair, PairStatus> {
    APPROVE_MENTOR(PairStatus.ACCEPTED),
    APPROVE_MENTEE(PairStatus.ACCEPTED),
    APPROVE_ADMIN(PairStatus.ACCEPTED),
    CONFIRM(PairStatus.ACCEPTED),
    DECLINE(PairStatus.DECLINED),
    EXPIRE(PairStatus.EXPIRED),
    WITHDRAW(PairStatus.WITHDRAWN),
    ACTIVATE(PairStatus.ACTIVE),
    PAUSE(PairStatus.PAUSED),
    RESUME(PairStatus.ACTIVE),
    COMPLETE(PairStatus.COMPLETED),
    END_EARLY(PairStatus.ENDED_EARLY);

    private final PairStatus target;

    PairVerb(PairStatus target) {
      this.target = target;
    }

    @Override
    public PairStatus target() {
      return target;
    }

    /** The side an approve verb accepts for, or null for the other verbs. */
    private ApprovalSide side() {
      return switch (this) {
        case APPROVE_MENTOR -> ApprovalSide.MENTOR;
        case APPROVE_MENTEE -> ApprovalSide.MENTEE;
        case APPROVE_ADMIN -> ApprovalSide.ADMIN;
        default -> null;
      };
    }

    @Override
    public boolean allowedOn(Pair p) {
      PairStatus s = p.status();
      return switch (this) {
        case APPROVE_MENTOR, APPROVE_MENTEE, APPROVE_ADMIN, DECLINE, EXPIRE, WITHDRAW ->
            s == PairStatus.PROPOSED;
        case CONFIRM -> s == PairStatus.PROPOSED && p.pendingApprovals().isEmpty();
        case ACTIVATE -> s == PairStatus.ACCEPTED;
        case PAUSE -> s == PairStatus.ACTIVE;
        case RESUME -> s == PairStatus.PAUSED;
        case COMPLETE -> s == PairStatus.ACTIVE || s == PairStatus.PAUSED;
        case END_EARLY ->
            s == PairStatus.ACCEPTED || s == PairStatus.ACTIVE || s == PairStatus.PAUSED;
      };
    }

    @Override
    public boolean incompleteOn(Pair p) {
      return this == CONFIRM
          && p.status() == PairStatus.PROPOSED
          && !p.pendingApprovals().isEmpty();
    }

    static PairExit exitOf(PairVerb verb, Instant at) {
      return switch (verb) {
        case DECLINE -> new PairExit(ExitReason.DECLINED, at, MENTOR, "not now");
        case EXPIRE -> PairExit.automatic(ExitReason.TIMED_OUT, at);
        case WITHDRAW -> new PairExit(ExitReason.RETRACTED, at, null, null);
        case END_EARLY -> new PairExit(ExitReason.GOALS_MET, at, MENTEE, "all done");
        default -> throw new IllegalArgumentException(verb.name());
      };
    }

    @Override
    public Pair apply(Pair p, Instant at) {
      return switch (this) {
        case APPROVE_MENTOR, APPROVE_MENTEE, APPROVE_ADMIN -> p.approve(side(), at);
        case CONFIRM -> p.confirm(at);
        case DECLINE -> p.decline(exitOf(this, at));
        case EXPIRE -> p.expire(ExitReason.TIMED_OUT, at);
        case WITHDRAW -> p.withdraw(exitOf(this, at));
        case ACTIVATE -> p.activate(at);
        case PAUSE -> p.pause(at);
        case RESUME -> p.resume(at);
        case COMPLETE -> p.complete(at);
        case END_EARLY -> p.endEarly(exitOf(this, at));
      };
    }

    @Override
    public void checkResult(Pair before, Pair after, Instant at) {
      if (side() != null && before.approvals().contains(side())) {
        // Accepting twice for the same side changes nothing.
        assertThat(after).isSameAs(before);
        return;
      }
      assertThat(after.updatedAt()).isEqualTo(at);
      switch (this) {
        case APPROVE_MENTOR, APPROVE_MENTEE, APPROVE_ADMIN -> {
          Set<ApprovalSide> given = EnumSet.of(side());
          given.addAll(before.approvals());
          boolean complete = given.containsAll(before.requiredApprovals());
          assertThat(after.approvals()).isEqualTo(given);
          assertThat(after.status())
              .isEqualTo(complete ? PairStatus.ACCEPTED : PairStatus.PROPOSED);
          assertThat(after.acceptedAt()).isEqualTo(complete ? at : null);
          assertUnchangedBut(before, after, "approvals", "status", "acceptedAt");
        }
        case CONFIRM -> {
          assertThat(after.status()).isEqualTo(PairStatus.ACCEPTED);
          assertThat(after.acceptedAt()).isEqualTo(at);
          assertUnchangedBut(before, after, "status", "acceptedAt");
        }
        case DECLINE, EXPIRE, WITHDRAW, END_EARLY -> {
          assertThat(after.status()).isEqualTo(target);
          assertThat(after.exit()).isEqualTo(exitOf(this, at));
          assertThat(after.endedAt()).isEqualTo(at);
          assertThat(after.pausedAt()).isNull();
          assertUnchangedBut(before, after, "status", "exit", "endedAt", "pausedAt");
        }
        case ACTIVATE -> {
          assertThat(after.status()).isEqualTo(PairStatus.ACTIVE);
          assertThat(after.startedAt()).isEqualTo(at);
          assertUnchangedBut(before, after, "status", "startedAt");
        }
        case PAUSE -> {
          assertThat(after.status()).isEqualTo(PairStatus.PAUSED);
          assertThat(after.pausedAt()).isEqualTo(at);
          assertUnchangedBut(before, after, "status", "pausedAt");
        }
        case RESUME -> {
          assertThat(after.status()).isEqualTo(PairStatus.ACTIVE);
          assertThat(after.pausedAt()).isNull();
          assertUnchangedBut(before, after, "status", "pausedAt");
        }
        case COMPLETE -> {
          assertThat(after.status()).isEqualTo(PairStatus.COMPLETED);
          assertThat(after.endedAt()).isEqualTo(at);
          assertThat(after.exit()).isNull();
          assertThat(after.pausedAt()).isNull();
          assertUnchangedBut(before, after, "status", "endedAt", "pausedAt");
        }
      }
    }

    private static void assertUnchangedBut(Pair before, Pair after, String... changed) {
      List<String> ignored = new ArrayList<>(List.of(changed));
      ignored.add("updatedAt");
      assertThat(after)
          .usingRecursiveComparison()
          .ignoringFields(ignored.toArray(String[]::new))
          .isEqualTo(before);
    }
  }

  record PairRun(
      PairStatus start,
      Set<ApprovalSide> required,
      Set<ApprovalSide> given,
      List<PairVerb> verbs) {}

  @Test
  void pair_randomVerbs_stayInTableAndRefuseWithoutChange() {
    Machine<Pair, PairStatus> machine =
        new Machine<>(
            Pair::status,
            Pair::id,
            p -> p.withVersion(p.version()),
            PairStatus::canMoveTo,
            PairStatus::isTerminal);
    Set<List<PairStatus>> seen = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            startingIn(PairStatus.PROPOSED, PairStatus.class),
            approvalSides(),
            approvalSides(),
            listsOf(oneOf(PairVerb.class), 0, 30))
        .as(PairRun::new)
        .checkAssert(run -> seen.addAll(walk(pairIn(run), run.verbs(), machine)));
    assertThat(seen).as("every table transition is exercised").isEqualTo(edgesOf(PAIR_DIAGRAM));
  }

  private static Pair pairIn(PairRun run) {
    return new Pair(
        PairId.of("pair-1"),
        2,
        PROGRAM,
        MENTOR,
        MENTEE,
        PairOrigin.ALGORITHM,
        Explanation.of("test"),
        run.required(),
        run.given(),
        run.start(),
        T0,
        T0.plus(Duration.ofDays(7)),
        null,
        null,
        null,
        null,
        null,
        T0);
  }

  @Test
  void approve_notProposed_throwsWithTargetAccepted() {
    Pair active =
        pairIn(new PairRun(PairStatus.ACTIVE, Set.of(ApprovalSide.MENTOR), Set.of(), List.of()));
    assertThatThrownBy(() -> active.approve(ApprovalSide.MENTOR, T0))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(PairStatus.ACTIVE);
              assertThat(e.to()).isEqualTo(PairStatus.ACCEPTED);
              assertThat(e.id()).isEqualTo("pair-1");
            });
  }

  @Test
  void confirm_pendingApproval_throwsIllegalStateNamingPendingSides() {
    Pair proposed =
        pairIn(
            new PairRun(
                PairStatus.PROPOSED,
                Set.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE),
                Set.of(ApprovalSide.MENTOR),
                List.of()));
    assertThatThrownBy(() -> proposed.confirm(T0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MENTEE");
  }
}
