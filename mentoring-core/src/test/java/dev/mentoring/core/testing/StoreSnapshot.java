package dev.mentoring.core.testing;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.SentReminder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a store holds, read through the SPI, for before/after comparison: a refused operation
 * must leave an equal snapshot.
 */
public record StoreSnapshot(
    List<Program> programs,
    List<Enrollment> enrollments,
    List<Pair> pairs,
    List<SentReminder> reminders,
    List<Goal> goals,
    List<Meeting> meetings,
    List<Survey> surveys,
    List<SurveyResponse> responses,
    List<Resource> resources) {

  public static StoreSnapshot of(MentoringStore store) {
    return store.inTransaction(
        tx -> {
          List<Program> programs = tx.programs().findAll();
          List<Enrollment> enrollments = new ArrayList<>();
          List<Pair> pairs = new ArrayList<>();
          List<Goal> goals = new ArrayList<>();
          List<Meeting> meetings = new ArrayList<>();
          List<Survey> surveys = new ArrayList<>();
          List<SurveyResponse> responses = new ArrayList<>();
          List<Resource> resources = new ArrayList<>();
          Set<ParticipantId> people = new LinkedHashSet<>();
          for (Program p : programs) {
            enrollments.addAll(tx.enrollments().findByProgram(p.id()));
            pairs.addAll(tx.pairs().findByProgram(p.id()));
            goals.addAll(tx.goals().findByProgram(p.id()));
            meetings.addAll(tx.meetings().findByProgram(p.id()));
            surveys.addAll(tx.surveys().findByProgram(p.id()));
            responses.addAll(tx.surveyResponses().findByProgram(p.id()));
            resources.addAll(tx.resources().findByProgram(p.id()));
          }
          enrollments.forEach(e -> people.add(e.participantId()));
          pairs.forEach(
              p -> {
                people.add(p.mentorId());
                people.add(p.menteeId());
              });
          programs.forEach(p -> people.addAll(p.admins()));
          List<SentReminder> reminders = new ArrayList<>();
          for (ParticipantId person : people) {
            reminders.addAll(tx.reminders().findByRecipient(person));
          }
          return new StoreSnapshot(
              programs,
              enrollments,
              pairs,
              reminders,
              goals,
              meetings,
              surveys,
              responses,
              resources);
        });
  }
}
