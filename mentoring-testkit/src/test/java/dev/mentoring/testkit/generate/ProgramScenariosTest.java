package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.matching.MatchingStrategies;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramScenariosTest {
  private static final Actor SYSTEM = Actor.system();
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static Mentoring freshEngine() {
    return Mentoring.builder()
        .store(new InMemoryMentoringStore())
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .build();
  }

  @Test
  void populate_leavesAConsistentProgram() {
    for (long seed = 1; seed <= 6; seed++) {
      for (int size : new int[] {0, 2, 9, 40}) {
        Mentoring mentoring = freshEngine();
        PopulatedProgram populated = ProgramScenarios.populate(mentoring, seed, size);
        checkConsistent(mentoring, populated, Math.max(2, size));
      }
    }
  }

  private static void checkConsistent(Mentoring m, PopulatedProgram populated, int people) {
    Program program = m.programs().get(SYSTEM, populated.programId());
    assertThat(program.admins()).containsExactly(ParticipantId.of("admin"));
    assertThat(populated.admin()).isEqualTo(Actor.participant("admin"));
    assertThat(populated.mentors().size() + populated.mentees().size()).isEqualTo(people);
    assertThat(populated.mentors()).isNotEmpty().doesNotContainAnyElementsOf(populated.mentees());

    List<Pair> pairs = m.pairs().list(SYSTEM, populated.programId());
    assertThat(pairs)
        .extracting(Pair::id)
        .containsExactlyInAnyOrderElementsOf(populated.allPairs());
    Map<PairId, Pair> byId = new HashMap<>();
    pairs.forEach(p -> byId.put(p.id(), p));
    populated
        .pairsByStatus()
        .forEach(
            (status, ids) ->
                assertThat(ids)
                    .allSatisfy(id -> assertThat(byId.get(id).status()).isEqualTo(status)));

    Map<ParticipantId, Enrollment> enrollments = new HashMap<>();
    for (Enrollment e : m.enrollments().list(SYSTEM, populated.programId())) {
      enrollments.put(e.participantId(), e);
    }
    assertThat(enrollments.keySet())
        .containsExactlyInAnyOrderElementsOf(concat(populated.mentors(), populated.mentees()));
    Map<ParticipantId, Integer> mentorLoad = new HashMap<>();
    Map<ParticipantId, Integer> menteeLoad = new HashMap<>();
    Set<List<ParticipantId>> open = new HashSet<>();
    for (Pair p : pairs) {
      assertThat(populated.mentors()).contains(p.mentorId());
      assertThat(populated.mentees()).contains(p.menteeId());
      if (p.status().isCommitted()) {
        mentorLoad.merge(p.mentorId(), 1, Integer::sum);
        menteeLoad.merge(p.menteeId(), 1, Integer::sum);
      }
      if (p.status() == PairStatus.PROPOSED || p.status().isCommitted()) {
        assertThat(open.add(List.of(p.mentorId(), p.menteeId())))
            .as("one open pair per couple")
            .isTrue();
      }
    }
    mentorLoad.forEach(
        (mentor, load) -> assertThat(load).isLessThanOrEqualTo(enrollments.get(mentor).capacity()));
    menteeLoad.forEach(
        (mentee, load) ->
            assertThat(load).isLessThanOrEqualTo(program.matchingPolicy().maxMentorsPerMentee()));
  }

  private static List<ParticipantId> concat(List<ParticipantId> a, List<ParticipantId> b) {
    List<ParticipantId> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** What a populated program is, without the ids the engine draws at random. */
  private static List<Object> shape(Mentoring m, PopulatedProgram populated) {
    List<Object> shape = new ArrayList<>();
    // Enrollments made at one instant are listed in an order the engine does not fix.
    List<Enrollment> enrollments =
        new ArrayList<>(m.enrollments().list(SYSTEM, populated.programId()));
    enrollments.sort(java.util.Comparator.comparing(Enrollment::participantId));
    for (Enrollment e : enrollments) {
      shape.add(
          List.of(
              e.participantId(),
              e.role(),
              e.status(),
              e.capacity(),
              e.profile(),
              e.answers(),
              e.consents()));
    }
    for (PairId id : populated.allPairs()) {
      Pair p = m.pairs().get(SYSTEM, id);
      shape.add(
          List.of(
              p.mentorId(),
              p.menteeId(),
              p.status(),
              p.origin(),
              p.explanation(),
              p.approvals(),
              String.valueOf(p.exit())));
    }
    shape.add(m.programs().get(SYSTEM, populated.programId()).spec());
    return shape;
  }

  @Test
  void populate_sameSeedOnFreshEngines_sameProgram() {
    for (long seed : new long[] {3L, 17L, -8L}) {
      Mentoring a = freshEngine();
      Mentoring b = freshEngine();
      List<Object> first = shape(a, ProgramScenarios.populate(a, seed, 30));
      List<Object> second = shape(b, ProgramScenarios.populate(b, seed, 30));
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void populate_differentSeeds_differentPrograms() {
    Mentoring a = freshEngine();
    Mentoring b = freshEngine();
    assertThat(shape(a, ProgramScenarios.populate(a, 1L, 30)))
        .isNotEqualTo(shape(b, ProgramScenarios.populate(b, 2L, 30)));
  }

  @Test
  void populate_withASeedReadingStrategy_isDeterministic() {
    var random = MatchingStrategies.builtIns().get(MatchingStrategies.RANDOM);
    Mentoring a = freshEngine();
    Mentoring b = freshEngine();
    List<Object> first = shape(a, ProgramScenarios.populate(a, 5L, 30, random));
    List<Object> second = shape(b, ProgramScenarios.populate(b, 5L, 30, random));
    assertThat(second).isEqualTo(first);
    checkConsistent(b, ProgramScenarios.populate(b, 6L, 30, random), 30);
  }

  @Test
  void populate_overAFewSeeds_reachesEveryStatusARunningProgramHolds() {
    Set<PairStatus> seen = EnumSet.noneOf(PairStatus.class);
    for (long seed = 1; seed <= 8; seed++) {
      seen.addAll(ProgramScenarios.populate(freshEngine(), seed, 40).pairsByStatus().keySet());
    }
    // ACCEPTED pairs become ACTIVE when the program launches, so none stays ACCEPTED.
    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(PairStatus.ACCEPTED)));
  }

  @Test
  void populate_twiceIntoOneEngine_makesTwoPrograms() {
    Mentoring mentoring = freshEngine();
    ProgramId first = ProgramScenarios.populate(mentoring, 1L, 10).programId();
    ProgramId second = ProgramScenarios.populate(mentoring, 2L, 10).programId();

    assertThat(second).isNotEqualTo(first);
    assertThat(mentoring.programs().list(SYSTEM))
        .extracting(Program::id)
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  void populate_badArguments_throw() {
    assertThatThrownBy(() -> ProgramScenarios.populate(null, 1L, 3))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mentoring");
    assertThatThrownBy(() -> ProgramScenarios.populate(freshEngine(), 1L, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size is negative: -1");
    assertThatThrownBy(() -> ProgramScenarios.populate(freshEngine(), 1L, 3, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("strategy");
  }

  @Test
  void populatedProgram_dropsEmptyStatusesAndCopies() {
    PairId id = PairId.of("p-1");
    Map<PairStatus, List<PairId>> byStatus = new HashMap<>();
    byStatus.put(PairStatus.ACTIVE, new ArrayList<>(List.of(id)));
    byStatus.put(PairStatus.DECLINED, List.of());
    PopulatedProgram p =
        new PopulatedProgram(
            ProgramId.of("x"), SYSTEM, List.of(ParticipantId.of("m")), List.of(), byStatus);
    byStatus.get(PairStatus.ACTIVE).clear();

    assertThat(p.pairsByStatus()).containsOnlyKeys(PairStatus.ACTIVE);
    assertThat(p.pairs(PairStatus.ACTIVE)).containsExactly(id);
    assertThat(p.pairs(PairStatus.DECLINED)).isEmpty();
    assertThat(p.allPairs()).containsExactly(id);
    assertThatThrownBy(() -> p.pairs(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
  }
}
