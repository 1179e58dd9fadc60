package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.testkit.fake.MutableClock;
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
        .clock(MutableClock.at(T0))
        .build();
  }

  private static Mentoring frozenEngine() {
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
    checkActivity(m, populated, byId, enrollments);
  }

  /** Goals, meetings, surveys, responses and resources fit the pairs and each other. */
  private static void checkActivity(
      Mentoring m,
      PopulatedProgram populated,
      Map<PairId, Pair> pairs,
      Map<ParticipantId, Enrollment> enrollments) {
    Instant end = m.clock().instant();
    assertThat(m.goals().forProgram(SYSTEM, populated.programId()))
        .extracting(Goal::id)
        .containsExactlyInAnyOrderElementsOf(populated.allGoals());
    populated
        .goalsByStatus()
        .forEach(
            (status, ids) ->
                ids.forEach(
                    id -> {
                      Goal g = m.goals().get(SYSTEM, id);
                      assertThat(g.status()).isEqualTo(status);
                      assertThat(pairs).containsKey(g.pairId());
                      assertThat(g.ownerId()).isEqualTo(pairs.get(g.pairId()).menteeId());
                      assertThat(g.checkIns())
                          .allSatisfy(
                              c -> assertThat(pairs.get(g.pairId()).involves(c.author())).isTrue());
                    }));
    assertThat(m.meetings().forProgram(SYSTEM, populated.programId()))
        .extracting(Meeting::id)
        .containsExactlyInAnyOrderElementsOf(populated.allMeetings());
    populated
        .meetingsByStatus()
        .forEach(
            (status, ids) ->
                ids.forEach(
                    id -> {
                      Meeting x = m.meetings().get(SYSTEM, id);
                      assertThat(x.status()).isEqualTo(status);
                      assertThat(pairs).containsKey(x.pairId());
                      Pair pair = pairs.get(x.pairId());
                      assertThat(pair.involves(x.organizerId())).isTrue();
                      x.ratings().keySet().forEach(who -> assertThat(pair.involves(who)).isTrue());
                      if (!x.ratings().isEmpty()) {
                        assertThat(status).isEqualTo(MeetingStatus.HELD);
                      }
                      if (status == MeetingStatus.HELD || status == MeetingStatus.NO_SHOW) {
                        assertThat(x.start()).isBefore(end);
                      }
                      if (status == MeetingStatus.SCHEDULED) {
                        assertThat(x.start()).isAfter(end);
                        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
                      }
                    }));
    List<Survey> surveys = m.surveys().forProgram(SYSTEM, populated.programId());
    assertThat(surveys)
        .extracting(Survey::id)
        .containsExactlyInAnyOrderElementsOf(populated.allSurveys());
    assertThat(surveys)
        .extracting(Survey::checkpoint, Survey::status)
        .containsExactlyInAnyOrder(
            tuple(SurveyCheckpoint.EARLY_FIT_CHECK, SurveyStatus.OPEN),
            tuple(SurveyCheckpoint.MIDPOINT, SurveyStatus.CLOSED),
            tuple(SurveyCheckpoint.AFTER_MEETING, SurveyStatus.OPEN));
    List<SurveyResponse> responses = new ArrayList<>();
    for (Survey survey : surveys) {
      responses.addAll(m.surveys().responses(SYSTEM, survey.id()));
      assertThat(m.surveys().summary(SYSTEM, survey.id()).responses())
          .isEqualTo(m.surveys().responses(SYSTEM, survey.id()).size());
    }
    assertThat(responses)
        .extracting(SurveyResponse::id)
        .containsExactlyInAnyOrderElementsOf(populated.responses());
    for (SurveyResponse r : responses) {
      assertThat(enrollments.get(r.respondentId()).status()).isEqualTo(EnrollmentStatus.APPROVED);
      if (r.pairId() != null) {
        assertThat(pairs.get(r.pairId()).involves(r.respondentId())).isTrue();
      }
      if (r.subjectKey() != null) {
        Meeting held = m.meetings().get(SYSTEM, MeetingId.of(r.subjectKey()));
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.pairId()).isEqualTo(r.pairId());
      }
    }
    assertThat(m.resources().forProgram(SYSTEM, populated.programId()))
        .extracting(Resource::id)
        .containsExactlyInAnyOrderElementsOf(populated.resources())
        .hasSizeBetween(1, 5);
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
    for (GoalId id : populated.allGoals()) {
      Goal g = m.goals().get(SYSTEM, id);
      shape.add(
          List.of(
              couple(m, g.pairId()),
              g.status(),
              g.title(),
              g.milestones(),
              g.progress(),
              g.visibility(),
              g.checkIns(),
              g.updatedAt()));
    }
    for (MeetingId id : populated.allMeetings()) {
      Meeting x = m.meetings().get(SYSTEM, id);
      shape.add(
          List.of(
              couple(m, x.pairId()),
              x.status(),
              x.start(),
              x.organizerId(),
              x.seriesId() != null,
              x.title(),
              x.sharedNotes(),
              x.ratings(),
              String.valueOf(x.cancellationReason())));
    }
    Map<ResponseId, SurveyResponse> responses = new HashMap<>();
    for (SurveyId id : populated.allSurveys()) {
      Survey survey = m.surveys().get(SYSTEM, id);
      shape.add(List.of(survey.draft(), survey.status()));
      m.surveys().responses(SYSTEM, id).forEach(r -> responses.put(r.id(), r));
    }
    // Responses submitted at one instant are listed in an order the engine does not fix.
    for (ResponseId id : populated.responses()) {
      SurveyResponse r = responses.get(id);
      shape.add(
          List.of(
              populated.allSurveys().indexOf(r.surveyId()),
              r.respondentId(),
              r.pairId() == null ? "no pair" : couple(m, r.pairId()),
              r.subjectKey() == null
                  ? "no subject"
                  : m.meetings().get(SYSTEM, MeetingId.of(r.subjectKey())).start(),
              r.answers()));
    }
    for (ResourceId id : populated.resources()) {
      shape.add(m.resources().get(SYSTEM, id).draft());
    }
    return shape;
  }

  private static List<ParticipantId> couple(Mentoring m, PairId id) {
    Pair p = m.pairs().get(SYSTEM, id);
    return List.of(p.mentorId(), p.menteeId());
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
    GoalId goal = GoalId.of("g-1");
    MeetingId meeting = MeetingId.of("m-1");
    SurveyId survey = SurveyId.of("s-1");
    Map<PairStatus, List<PairId>> byStatus = new HashMap<>();
    byStatus.put(PairStatus.ACTIVE, new ArrayList<>(List.of(id)));
    byStatus.put(PairStatus.DECLINED, List.of());
    Map<GoalStatus, List<GoalId>> goals = new HashMap<>();
    goals.put(GoalStatus.ACHIEVED, new ArrayList<>(List.of(goal)));
    goals.put(GoalStatus.DRAFT, List.of());
    List<ResourceId> resources = new ArrayList<>(List.of(ResourceId.of("k-1")));
    PopulatedProgram p =
        new PopulatedProgram(
            ProgramId.of("x"),
            SYSTEM,
            List.of(ParticipantId.of("m")),
            List.of(),
            byStatus,
            goals,
            Map.of(MeetingStatus.HELD, List.of(meeting), MeetingStatus.NO_SHOW, List.of()),
            Map.of(SurveyStatus.OPEN, List.of(survey)),
            List.of(ResponseId.of("r-1")),
            resources);
    byStatus.get(PairStatus.ACTIVE).clear();
    goals.get(GoalStatus.ACHIEVED).clear();
    resources.clear();

    assertThat(p.pairsByStatus()).containsOnlyKeys(PairStatus.ACTIVE);
    assertThat(p.pairs(PairStatus.ACTIVE)).containsExactly(id);
    assertThat(p.pairs(PairStatus.DECLINED)).isEmpty();
    assertThat(p.allPairs()).containsExactly(id);
    assertThat(p.goalsByStatus()).containsOnlyKeys(GoalStatus.ACHIEVED);
    assertThat(p.goals(GoalStatus.ACHIEVED)).containsExactly(goal);
    assertThat(p.allGoals()).containsExactly(goal);
    assertThat(p.meetingsByStatus()).containsOnlyKeys(MeetingStatus.HELD);
    assertThat(p.meetings(MeetingStatus.NO_SHOW)).isEmpty();
    assertThat(p.allMeetings()).containsExactly(meeting);
    assertThat(p.surveys(SurveyStatus.OPEN)).containsExactly(survey);
    assertThat(p.allSurveys()).containsExactly(survey);
    assertThat(p.resources()).containsExactly(ResourceId.of("k-1"));
    assertThatThrownBy(() -> p.pairs(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
    assertThatThrownBy(() -> p.goals(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
  }

  @Test
  void populate_overAFewSeeds_reachesEveryGoalMeetingAndSurveyStatus() {
    Set<GoalStatus> goals = EnumSet.noneOf(GoalStatus.class);
    Set<MeetingStatus> meetings = EnumSet.noneOf(MeetingStatus.class);
    Set<SurveyStatus> surveys = EnumSet.noneOf(SurveyStatus.class);
    boolean series = false;
    boolean logged = false;
    for (long seed = 1; seed <= 6; seed++) {
      Mentoring m = freshEngine();
      PopulatedProgram populated = ProgramScenarios.populate(m, seed, 30);
      goals.addAll(populated.goalsByStatus().keySet());
      meetings.addAll(populated.meetingsByStatus().keySet());
      surveys.addAll(populated.surveysByStatus().keySet());
      for (Meeting x : m.meetings().forProgram(SYSTEM, populated.programId())) {
        series |= x.seriesId() != null;
        logged |= x.createdAt().isAfter(x.start());
      }
    }
    assertThat(goals).containsExactlyInAnyOrder(GoalStatus.values());
    assertThat(meetings).containsExactlyInAnyOrder(MeetingStatus.values());
    // A survey opens or closes; none stays a draft.
    assertThat(surveys).containsExactlyInAnyOrder(SurveyStatus.OPEN, SurveyStatus.CLOSED);
    assertThat(series).as("a recurring series").isTrue();
    assertThat(logged).as("a meeting logged after the fact").isTrue();
  }

  @Test
  void populate_movesTheEnginesMutableClockByFiveWeeks() {
    Mentoring m = freshEngine();

    ProgramScenarios.populate(m, 4L, 20);

    assertThat(m.clock().instant()).isEqualTo(T0.plus(java.time.Duration.ofDays(35)));
  }

  @Test
  void populate_withAClockItCannotMove_schedulesMeetingsButHoldsNone() {
    for (long seed = 1; seed <= 4; seed++) {
      Mentoring m = frozenEngine();
      PopulatedProgram populated = ProgramScenarios.populate(m, seed, 30);

      checkConsistent(m, populated, 30);
      assertThat(populated.meetingsByStatus().keySet())
          .isSubsetOf(MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED);
      assertThat(populated.meetings(MeetingStatus.SCHEDULED)).isNotEmpty();
      assertThat(m.clock().instant()).isEqualTo(T0);
    }
  }
}
