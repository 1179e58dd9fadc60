package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.spi.SentReminder;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Everything the engine holds about one person, for a data-subject access request.
 *
 * @param participantId the person
 * @param enrollments their enrollments, with profiles and answers
 * @param pairs the pairs they belong to, with their own private notes and without others'
 * @param administers the programs that list them as administrator
 * @param reminders the reminders handed out to them
 * @param goals the goals of the pairs they belong to, with every check-in
 * @param meetings the meetings of the pairs they belong to, with their own private note and rating
 *     and without the other side's
 * @param responses their own survey responses, anonymous or not, ordered by submission time
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ParticipantData(
    ParticipantId participantId,
    List<Enrollment> enrollments,
    List<Pair> pairs,
    List<ProgramId> administers,
    List<SentReminder> reminders,
    List<Goal> goals,
    List<Meeting> meetings,
    List<SurveyResponse> responses) {

  /**
   * Checks nulls and copies the lists.
   *
   * @param participantId the person
   * @param enrollments their enrollments, with profiles and answers
   * @param pairs the pairs they belong to, with their own private notes and without others'
   * @param administers the programs that list them as administrator
   * @param reminders the reminders handed out to them
   * @param goals the goals of the pairs they belong to, with every check-in
   * @param meetings the meetings of the pairs they belong to, with their own private note and
   *     rating and without the other side's
   * @param responses their own survey responses, anonymous or not, ordered by submission time
   * @throws NullPointerException if a component or an element is null
   */
  public ParticipantData {
    requireNonNull(participantId, "participantId");
    enrollments = List.copyOf(enrollments);
    pairs = List.copyOf(pairs);
    administers = List.copyOf(administers);
    reminders = List.copyOf(reminders);
    goals = List.copyOf(goals);
    meetings = List.copyOf(meetings);
    responses = List.copyOf(responses);
  }
}
