package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.Draws.between;
import static dev.mentoring.testkit.generate.Draws.pick;
import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.InvalidInputException;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.testkit.internal.SplitMix64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Populates an engine with a whole, consistent program by driving its public services, so that
 * whatever {@link dev.mentoring.core.spi.MentoringStore} the engine uses ends up holding what a
 * real program leaves behind.
 *
 * <pre>{@code
 * Mentoring mentoring = Mentoring.builder().store(myStore).clock(fixedClock).build();
 * PopulatedProgram populated = ProgramScenarios.populate(mentoring, 42L, 50);
 * assertThat(populated.pairs(PairStatus.ACTIVE)).isNotEmpty();
 * }</pre>
 *
 * <p>A scenario runs these phases, each through the engine's services and as the actor a host would
 * use (the administrator, or the mentor or mentee themselves):
 *
 * <ol>
 *   <li>an administrator creates the program (a few enrollment questions, approvals by mentor,
 *       mentee or administrator, one or two mentors per mentee) and opens enrollment;
 *   <li>mentors and mentees apply with valid profiles, answers and consents; the administrator
 *       approves most applications, waitlists, rejects or leaves open some;
 *   <li>matching starts and the engine's strategy proposes pairs; the administrator proposes a few
 *       competing pairs by hand; proposals are accepted by every side asked, declined, retracted or
 *       left open, and accepting a competing proposal expires the other;
 *   <li>the program is launched: accepted pairs become active, then some pause, resume, complete or
 *       end early, and a participant may withdraw, ending their pairs;
 *   <li>a second matching run proposes pairs for the places left; some are accepted at once.
 * </ol>
 *
 * <p>Goals, meetings and surveys are not in core yet. When they are, their phase goes between the
 * fourth and fifth (active pairs set goals, hold and log meetings, answer surveys), and {@link
 * PopulatedProgram} gains their ids; nothing of them is faked meanwhile.
 *
 * <p>With a fresh store and a clock that stands still, a seed and a size give the same program on
 * every run, up to the ids the engine draws at random (program and pair ids): the same people with
 * the same applications, the same decisions, and the same pairs (mentor, mentee, status, exit). The
 * engine derives a matching problem's seed from the random program id, so the three-argument form
 * is deterministic only with a strategy that ignores {@link MatchingProblem#seed()}, as the
 * engine's default does; the four-argument form runs a given strategy with a seed drawn from the
 * scenario's seed. Participants are named {@code mentor-0001}, {@code mentee-0001} and so on, and
 * the administrator {@code admin}; populating one engine twice reuses these people in a second
 * program.
 *
 * <p>This class is stateless and thread-safe; a scenario makes its calls one after another on the
 * calling thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProgramScenarios {

  /** The administrator of every populated program. */
  private static final ParticipantId ADMIN = ParticipantId.of("admin");

  private ProgramScenarios() {}

  /**
   * Populates an engine with one program, matched by the engine's own strategy.
   *
   * @param mentoring the engine
   * @param seed the seed
   * @param size how many people apply, at least 2 (smaller sizes count as 2): about two in five as
   *     mentors, the rest as mentees
   * @return what was made
   * @throws NullPointerException if {@code mentoring} is null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static PopulatedProgram populate(Mentoring mentoring, long seed, int size) {
    requireNonNull(mentoring, "mentoring");
    return new Scenario(mentoring, seed, Draws.checkSize(size), null).run();
  }

  /**
   * Populates an engine with one program, matched by a given strategy that sees a seed drawn from
   * the scenario's seed instead of the engine's.
   *
   * @param mentoring the engine
   * @param seed the seed
   * @param size how many people apply, at least 2 (smaller sizes count as 2)
   * @param strategy the strategy for both matching runs
   * @return what was made
   * @throws NullPointerException if {@code mentoring} or {@code strategy} is null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static PopulatedProgram populate(
      Mentoring mentoring, long seed, int size, MatchingStrategy strategy) {
    requireNonNull(mentoring, "mentoring");
    requireNonNull(strategy, "strategy");
    return new Scenario(mentoring, seed, Draws.checkSize(size), strategy).run();
  }

  /** One run of the phases. Not thread-safe. */
  private static final class Scenario {
    private final Mentoring mentoring;
    private final long seed;
    private final RandomGenerator r;
    private final int size;
    private final @Nullable MatchingStrategy strategy;
    private final Actor admin = Actor.participant(ADMIN);

    private final List<ParticipantId> mentors = new ArrayList<>();
    private final List<ParticipantId> mentees = new ArrayList<>();
    private final Map<ParticipantId, Enrollment> enrollments = new HashMap<>();
    private final List<PairId> created = new ArrayList<>();
    private int runs;

    Scenario(Mentoring mentoring, long seed, int size, @Nullable MatchingStrategy strategy) {
      this.mentoring = mentoring;
      this.seed = seed;
      this.r = new SplitMix64(seed);
      this.size = Math.max(2, size);
      this.strategy = strategy;
    }

    PopulatedProgram run() {
      ProgramId id = createProgram();
      enroll(id);
      mentoring.programs().startMatching(admin, id);
      List<PairId> firstRun = match(id);
      competingProposals(id, firstRun);
      answer(11, 3, 2);
      mentoring.programs().launch(admin, id);
      runPairs();
      // Goals, meetings and surveys go here once core has them (see the class documentation).
      withdrawSomeone();
      match(id);
      answer(8, 0, 0);
      return result(id);
    }

    // ---------------------------------------------------------------------------- phases

    private ProgramId createProgram() {
      Set<ApprovalSide> approvals = Draws.subset(r, ApprovalSide.class);
      if (approvals.isEmpty()) {
        // With nothing to approve every proposal would be accepted at once.
        approvals = EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
      }
      MatchingPolicy policy =
          new MatchingPolicy(
              MatchingMode.AUTOMATIC_WITH_APPROVAL,
              approvals,
              Duration.ofDays(between(r, 3, 14)),
              between(r, 1, 3),
              Draws.rarely(r, 4) ? 2 : 1,
              r.nextBoolean());
      ProgramSpec spec =
          ProgramSpec.builder(Draws.text(r, 4, 200))
              .description(Draws.textOrEmpty(r, 20, 4_000))
              .format(
                  pick(
                      r,
                      List.of(
                          ProgramFormat.ONE_TO_ONE, ProgramFormat.GROUP, ProgramFormat.REVERSE)))
              .form(DomainGenerators.form(r, 3))
              .matchingPolicy(policy)
              .enrollmentApprovalRequired(true)
              .admin(ADMIN)
              .build();
      Program program = mentoring.programs().create(admin, spec);
      mentoring.programs().openEnrollment(admin, program.id());
      return program.id();
    }

    private void enroll(ProgramId id) {
      EnrollmentForm form = mentoring.programs().get(admin, id).spec().form();
      int mentorCount = Math.max(1, size * 2 / 5);
      int menteeCount = size - mentorCount;
      List<ParticipantId> order = new ArrayList<>();
      for (int i = 1; i <= Math.max(mentorCount, menteeCount); i++) {
        if (i <= mentorCount) {
          order.add(ParticipantId.of(String.format("mentor-%04d", i)));
        }
        if (i <= menteeCount) {
          order.add(ParticipantId.of(String.format("mentee-%04d", i)));
        }
      }
      for (ParticipantId who : order) {
        boolean mentor = who.value().startsWith("mentor");
        EnrollmentRole role = mentor ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
        (mentor ? mentors : mentees).add(who);
        Application.Builder b =
            Application.builder(who, role)
                .profile(DomainGenerators.profile(r, Math.min(size, 6), who))
                .consents(consents());
        if (mentor && !Draws.absent(r)) {
          b.capacity(between(r, 1, 3));
        }
        for (Map.Entry<String, Answer> a :
            DomainGenerators.answersFor(r, 4, form, role).entrySet()) {
          b.answer(a.getKey(), a.getValue());
        }
        Actor actor = r.nextBoolean() ? Actor.participant(who) : admin;
        Enrollment e = mentoring.enrollments().apply(actor, id, b.build());
        // The first mentor and mentee are always approved, so that there is something to match.
        enrollments.put(who, decide(e, who.value().endsWith("-0001")));
      }
    }

    private Enrollment enrollment(ParticipantId who) {
      return requireNonNull(enrollments.get(who), "enrollment");
    }

    private Set<Consent> consents() {
      Set<Consent> consents = EnumSet.of(Consent.MATCHING);
      consents.addAll(Draws.subset(r, Consent.class));
      return consents;
    }

    /** Approves most applications; the first mentor and mentee always. */
    private Enrollment decide(Enrollment e, boolean mustApprove) {
      int k = mustApprove ? 19 : r.nextInt(20);
      return switch (k) {
        case 0 -> mentoring.enrollments().reject(admin, e.id());
        case 1 -> mentoring.enrollments().waitlist(admin, e.id());
        case 2 -> {
          mentoring.enrollments().waitlist(admin, e.id());
          yield mentoring.enrollments().approve(admin, e.id());
        }
        case 3 -> e;
        default -> mentoring.enrollments().approve(admin, e.id());
      };
    }

    /** Runs matching and returns the new pairs in the strategy's order. */
    private List<PairId> match(ProgramId id) {
      runs++;
      MatchingRun run =
          strategy == null
              ? mentoring.matching().propose(admin, id)
              : mentoring.matching().propose(admin, id, seeded(strategy, runs));
      List<PairId> ids = new ArrayList<>();
      for (Pair p : run.proposed()) {
        ids.add(p.id());
      }
      created.addAll(ids);
      return ids;
    }

    private MatchingStrategy seeded(MatchingStrategy delegate, int run) {
      long runSeed = SplitMix64.derive(seed, run);
      return new MatchingStrategy() {
        @Override
        public MatchingResult match(MatchingProblem p) {
          return delegate.match(
              new MatchingProblem(
                  p.program(),
                  p.mentors(),
                  p.mentees(),
                  p.existingPairs(),
                  p.mentorPlaces(),
                  p.menteePlaces(),
                  p.excluded(),
                  runSeed));
        }

        @Override
        public String id() {
          return delegate.id();
        }
      };
    }

    /**
     * Proposes by hand, for some mentees with a proposal, a second mentor, so that accepting one of
     * the two expires the other.
     */
    private void competingProposals(ProgramId id, List<PairId> proposed) {
      List<ParticipantId> approvedMentors = new ArrayList<>();
      for (ParticipantId m : mentors) {
        if (enrollment(m).isActive()) {
          approvedMentors.add(m);
        }
      }
      for (PairId pairId : proposed) {
        if (!Draws.rarely(r, 4) || approvedMentors.size() < 2) {
          continue;
        }
        Pair pair = mentoring.pairs().get(admin, pairId);
        ParticipantId other = pick(r, approvedMentors);
        if (other.equals(pair.mentorId())) {
          continue;
        }
        try {
          created.add(mentoring.pairs().propose(admin, id, other, pair.menteeId()).id());
        } catch (InvalidInputException | CapacityExceededException e) {
          // A hard rule or a full mentor forbids this pair; the scenario does without it.
        }
      }
    }

    /**
     * Answers every open proposal: out of 20, {@code accept} are accepted by each side asked,
     * {@code decline} declined, {@code retract} retracted, and the rest left open.
     */
    private void answer(int accept, int decline, int retract) {
      for (PairId pairId : new ArrayList<>(created)) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.status() != PairStatus.PROPOSED) {
          continue;
        }
        int k = r.nextInt(20);
        if (k < accept) {
          acceptBySides(pair);
        } else if (k < accept + decline) {
          Actor by = Actor.participant(r.nextBoolean() ? pair.mentorId() : pair.menteeId());
          mentoring.pairs().decline(by, pairId, Draws.optionalText(r, 4, 2_000));
        } else if (k < accept + decline + retract) {
          mentoring.pairs().retract(admin, pairId);
        }
      }
    }

    private void acceptBySides(Pair pair) {
      try {
        for (ApprovalSide side : pair.pendingApprovals()) {
          Actor actor =
              switch (side) {
                case MENTOR -> Actor.participant(pair.mentorId());
                case MENTEE -> Actor.participant(pair.menteeId());
                case ADMIN -> admin;
              };
          mentoring.pairs().accept(actor, pair.id());
        }
      } catch (CapacityExceededException e) {
        // The mentor or mentee filled up through another pair; this proposal stays open.
      }
    }

    private void runPairs() {
      for (PairId pairId : created) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.status() != PairStatus.ACTIVE) {
          continue;
        }
        Actor side = Actor.participant(r.nextBoolean() ? pair.mentorId() : pair.menteeId());
        switch (r.nextInt(10)) {
          case 0 -> mentoring.pairs().pause(side, pairId);
          case 1 -> {
            mentoring.pairs().pause(side, pairId);
            mentoring.pairs().resume(side, pairId);
          }
          case 2 -> mentoring.pairs().complete(side, pairId);
          case 3 -> {
            mentoring.pairs().pause(side, pairId);
            mentoring.pairs().complete(side, pairId);
          }
          case 4 ->
              mentoring
                  .pairs()
                  .endEarly(side, pairId, choosableReason(), Draws.optionalText(r, 4, 2_000));
          default -> {
            // The pair stays active.
          }
        }
      }
    }

    private ExitReason choosableReason() {
      List<ExitReason> choosable = new ArrayList<>();
      for (ExitReason reason : ExitReason.values()) {
        if (reason.isChoosable()) {
          choosable.add(reason);
        }
      }
      return pick(r, choosable);
    }

    /** Half the time, an approved mentee withdraws, which ends their pairs. */
    private void withdrawSomeone() {
      if (r.nextBoolean()) {
        return;
      }
      List<ParticipantId> approved = new ArrayList<>();
      for (ParticipantId m : mentees) {
        if (enrollment(m).isActive()) {
          approved.add(m);
        }
      }
      if (approved.size() > 1) {
        ParticipantId who = pick(r, approved);
        enrollments.put(
            who, mentoring.enrollments().withdraw(Actor.participant(who), enrollment(who).id()));
      }
    }

    private PopulatedProgram result(ProgramId id) {
      Map<PairId, Integer> order = new HashMap<>();
      for (int i = 0; i < created.size(); i++) {
        order.put(created.get(i), i);
      }
      List<Pair> pairs = new ArrayList<>(mentoring.pairs().list(admin, id));
      pairs.sort(
          Comparator.comparing(Pair::mentorId)
              .thenComparing(Pair::menteeId)
              .thenComparing(p -> order.getOrDefault(p.id(), Integer.MAX_VALUE)));
      Map<PairStatus, List<PairId>> byStatus = new EnumMap<>(PairStatus.class);
      for (Pair p : pairs) {
        byStatus.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(p.id());
      }
      return new PopulatedProgram(id, admin, mentors, mentees, byStatus);
    }
  }
}
