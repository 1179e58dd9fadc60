package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreTransaction;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What must hold of a store after every case of {@link MentoringStoreContract}, whatever the case
 * did: every stored aggregate (program, enrollment, pair, goal, meeting, survey, survey response,
 * resource) has a version of at least 1 and is found the same way through every query that should
 * list it, a participant has at most one enrollment per program and one response per survey, pair
 * and subject, every enrollment, pair, goal and response found by participant belongs to a stored
 * program, and every reminder listed for its recipient is found by its key, through {@code
 * contains} and {@code findByKeys}.
 */
final class StoreInvariants {
  private StoreInvariants() {}

  static void check(MentoringStore store) {
    store.inTransaction(
        tx -> {
          check(tx);
          return Boolean.TRUE;
        });
  }

  private static void check(StoreTransaction tx) {
    List<Program> programs = tx.programs().findAll();
    Set<ProgramId> programIds = new HashSet<>();
    Set<ParticipantId> people = new LinkedHashSet<>();
    for (Program p : programs) {
      programIds.add(p.id());
      String where = "after the case, program " + p.id();
      assertThat(p.version()).as("%s: version", where).isPositive();
      assertThat(tx.programs().find(p.id())).as("%s: find(id)", where).contains(p);

      Set<ParticipantId> enrolled = new HashSet<>();
      for (Enrollment e : tx.enrollments().findByProgram(p.id())) {
        String in = "after the case, enrollment " + e.id() + " listed by findByProgram(" + p.id();
        assertThat(e.programId()).as("%s): program", in).isEqualTo(p.id());
        assertThat(e.version()).as("%s): version", in).isPositive();
        assertThat(enrolled.add(e.participantId()))
            .as("%s): only enrollment of %s in the program", in, e.participantId())
            .isTrue();
        assertThat(tx.enrollments().find(e.id())).as("%s): find(id)", in).contains(e);
        assertThat(tx.enrollments().find(p.id(), e.participantId()))
            .as("%s): find(program, participant)", in)
            .contains(e);
        assertThat(tx.enrollments().findByParticipant(e.participantId()))
            .as("%s): findByParticipant", in)
            .contains(e);
        people.add(e.participantId());
      }
      for (Pair x : tx.pairs().findByProgram(p.id())) {
        String in = "after the case, pair " + x.id() + " listed by findByProgram(" + p.id();
        assertThat(x.programId()).as("%s): program", in).isEqualTo(p.id());
        assertThat(x.version()).as("%s): version", in).isPositive();
        assertThat(tx.pairs().find(x.id())).as("%s): find(id)", in).contains(x);
        assertThat(tx.pairs().findByParticipant(x.mentorId()))
            .as("%s): findByParticipant(mentor)", in)
            .contains(x);
        assertThat(tx.pairs().findByParticipant(x.menteeId()))
            .as("%s): findByParticipant(mentee)", in)
            .contains(x);
        people.add(x.mentorId());
        people.add(x.menteeId());
      }
      checkGoals(tx, p.id(), people);
      checkMeetings(tx, p.id());
      checkSurveysAndResponses(tx, p.id(), people);
      checkResources(tx, p.id());
    }
    for (ParticipantId person : people) {
      for (Enrollment e : tx.enrollments().findByParticipant(person)) {
        assertThat(programIds)
            .as("after the case, enrollment %s of %s: its program is stored", e.id(), person)
            .contains(e.programId());
      }
      for (Pair x : tx.pairs().findByParticipant(person)) {
        assertThat(programIds)
            .as("after the case, pair %s of %s: its program is stored", x.id(), person)
            .contains(x.programId());
      }
      for (Goal g : tx.goals().findByOwner(person)) {
        assertThat(programIds)
            .as("after the case, goal %s owned by %s: its program is stored", g.id(), person)
            .contains(g.programId());
      }
      for (SurveyResponse r : tx.surveyResponses().findByRespondent(person)) {
        assertThat(programIds)
            .as("after the case, survey response %s of %s: its program is stored", r.id(), person)
            .contains(r.programId());
      }
      for (SentReminder r : tx.reminders().findByRecipient(person)) {
        assertThat(r.recipient())
            .as("after the case, reminder %s listed for %s: recipient", r.key(), person)
            .isEqualTo(person);
        assertThat(tx.reminders().contains(r.key()))
            .as("after the case, reminder %s: contains(key)", r.key())
            .isTrue();
        assertThat(tx.reminders().findByKeys(List.of(r.key())))
            .as("after the case, reminder %s: findByKeys([key])", r.key())
            .containsExactly(r);
      }
    }
  }

  private static void checkGoals(
      StoreTransaction tx, ProgramId program, Set<ParticipantId> people) {
    for (Goal g : tx.goals().findByProgram(program)) {
      String in = "after the case, goal " + g.id() + " listed by findByProgram(" + program;
      assertThat(g.programId()).as("%s): program", in).isEqualTo(program);
      assertThat(g.version()).as("%s): version", in).isPositive();
      assertThat(tx.goals().find(g.id())).as("%s): find(id)", in).contains(g);
      assertThat(tx.goals().findByPair(g.pairId())).as("%s): findByPair", in).contains(g);
      assertThat(tx.goals().findByOwner(g.ownerId())).as("%s): findByOwner", in).contains(g);
      people.add(g.ownerId());
    }
  }

  private static void checkMeetings(StoreTransaction tx, ProgramId program) {
    for (Meeting m : tx.meetings().findByProgram(program)) {
      String in = "after the case, meeting " + m.id() + " listed by findByProgram(" + program;
      assertThat(m.programId()).as("%s): program", in).isEqualTo(program);
      assertThat(m.version()).as("%s): version", in).isPositive();
      assertThat(tx.meetings().find(m.id())).as("%s): find(id)", in).contains(m);
      assertThat(tx.meetings().findByPair(m.pairId())).as("%s): findByPair", in).contains(m);
      MeetingSeriesId series = m.seriesId();
      if (series != null) {
        assertThat(tx.meetings().findBySeries(series)).as("%s): findBySeries", in).contains(m);
      }
    }
  }

  private static void checkSurveysAndResponses(
      StoreTransaction tx, ProgramId program, Set<ParticipantId> people) {
    for (Survey s : tx.surveys().findByProgram(program)) {
      String in = "after the case, survey " + s.id() + " listed by findByProgram(" + program;
      assertThat(s.programId()).as("%s): program", in).isEqualTo(program);
      assertThat(s.version()).as("%s): version", in).isPositive();
      assertThat(tx.surveys().find(s.id())).as("%s): find(id)", in).contains(s);
    }
    for (SurveyResponse r : tx.surveyResponses().findByProgram(program)) {
      String in =
          "after the case, survey response " + r.id() + " listed by findByProgram(" + program;
      assertThat(r.programId()).as("%s): program", in).isEqualTo(program);
      assertThat(r.version()).as("%s): version", in).isPositive();
      assertThat(tx.surveyResponses().find(r.id())).as("%s): find(id)", in).contains(r);
      assertThat(
              tx.surveyResponses().find(r.surveyId(), r.respondentId(), r.pairId(), r.subjectKey()))
          .as("%s): find(survey, respondent, pair, subject), the only response with that key", in)
          .contains(r);
      assertThat(tx.surveyResponses().findBySurvey(r.surveyId()))
          .as("%s): findBySurvey", in)
          .contains(r);
      PairId pair = r.pairId();
      if (pair != null) {
        assertThat(tx.surveyResponses().findByPair(pair)).as("%s): findByPair", in).contains(r);
      }
      assertThat(tx.surveyResponses().findByRespondent(r.respondentId()))
          .as("%s): findByRespondent", in)
          .contains(r);
      people.add(r.respondentId());
    }
  }

  private static void checkResources(StoreTransaction tx, ProgramId program) {
    for (Resource k : tx.resources().findByProgram(program)) {
      String in = "after the case, resource " + k.id() + " listed by findByProgram(" + program;
      assertThat(k.programId()).as("%s): program", in).isEqualTo(program);
      assertThat(k.version()).as("%s): version", in).isPositive();
      assertThat(tx.resources().find(k.id())).as("%s): find(id)", in).contains(k);
    }
  }
}
