package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.ResourceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What {@link ProgramScenarios#populate} made: the program, the administrator who ran it, the
 * people who applied, the pairs, goals, meetings and surveys by status, the survey responses and
 * the knowledge base's resources. Everything else (enrollments, profiles, answers, exits, notes,
 * ratings, check-ins) is in the engine's store, to be read through the engine's services. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * PopulatedProgram populated = ProgramScenarios.populate(mentoring, 42L, 30);
 * List<Pair> pairs = mentoring.pairs().list(populated.admin(), populated.programId());
 * assertThat(pairs).hasSize(populated.allPairs().size());
 * }</pre>
 *
 * @param programId the program
 * @param admin the administrator who created and ran it; a participant listed as the program's
 *     administrator
 * @param mentors everyone who applied as a mentor, in application order, whatever became of the
 *     application
 * @param mentees everyone who applied as a mentee, in application order
 * @param pairsByStatus the program's pairs by status, each list ordered by mentor, then mentee,
 *     then creation; statuses without pairs are absent
 * @param goalsByStatus the goals of the program's pairs by status, each list in the order the
 *     scenario created them; statuses without goals are absent
 * @param meetingsByStatus the meetings of the program's pairs by status, each list in the order the
 *     scenario scheduled or logged them; statuses without meetings are absent
 * @param surveysByStatus the program's surveys by status, each list in the order the scenario
 *     created them; statuses without surveys are absent
 * @param responses the responses to the program's surveys, in submission order
 * @param resources the resources of the program's knowledge base, in the order they were added
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PopulatedProgram(
    ProgramId programId,
    Actor admin,
    List<ParticipantId> mentors,
    List<ParticipantId> mentees,
    Map<PairStatus, List<PairId>> pairsByStatus,
    Map<GoalStatus, List<GoalId>> goalsByStatus,
    Map<MeetingStatus, List<MeetingId>> meetingsByStatus,
    Map<SurveyStatus, List<SurveyId>> surveysByStatus,
    List<ResponseId> responses,
    List<ResourceId> resources) {

  /**
   * Checks nulls and copies the collections; empty lists of a status are dropped.
   *
   * @param programId the program
   * @param admin the administrator who created and ran it
   * @param mentors everyone who applied as a mentor, in application order
   * @param mentees everyone who applied as a mentee, in application order
   * @param pairsByStatus the program's pairs by status
   * @param goalsByStatus the goals by status
   * @param meetingsByStatus the meetings by status
   * @param surveysByStatus the surveys by status
   * @param responses the survey responses, in submission order
   * @param resources the resources, in the order they were added
   * @throws NullPointerException if a component, a key or an element is null
   */
  public PopulatedProgram {
    requireNonNull(programId, "programId");
    requireNonNull(admin, "admin");
    mentors = List.copyOf(mentors);
    mentees = List.copyOf(mentees);
    pairsByStatus = byStatus(PairStatus.class, pairsByStatus);
    goalsByStatus = byStatus(GoalStatus.class, goalsByStatus);
    meetingsByStatus = byStatus(MeetingStatus.class, meetingsByStatus);
    surveysByStatus = byStatus(SurveyStatus.class, surveysByStatus);
    responses = List.copyOf(responses);
    resources = List.copyOf(resources);
  }

  private static <S extends Enum<S>, I> Map<S, List<I>> byStatus(
      Class<S> type, Map<S, List<I>> byStatus) {
    Map<S, List<I>> copy = new EnumMap<>(type);
    byStatus.forEach(
        (status, ids) -> {
          if (!ids.isEmpty()) {
            copy.put(requireNonNull(status, "status"), List.copyOf(ids));
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  private static <S, I> List<I> all(Map<S, List<I>> byStatus) {
    List<I> all = new ArrayList<>();
    byStatus.values().forEach(all::addAll);
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the pairs in one status.
   *
   * @param status the status
   * @return the pairs, ordered by mentor, then mentee, then creation; empty if none
   * @throws NullPointerException if {@code status} is null
   */
  public List<PairId> pairs(PairStatus status) {
    return pairsByStatus.getOrDefault(requireNonNull(status, "status"), List.of());
  }

  /**
   * Returns every pair of the program.
   *
   * @return the pairs, by status in declaration order, then as in {@link #pairs(PairStatus)}
   */
  public List<PairId> allPairs() {
    return all(pairsByStatus);
  }

  /**
   * Returns the goals in one status.
   *
   * @param status the status
   * @return the goals, in the order the scenario created them; empty if none
   * @throws NullPointerException if {@code status} is null
   */
  public List<GoalId> goals(GoalStatus status) {
    return goalsByStatus.getOrDefault(requireNonNull(status, "status"), List.of());
  }

  /**
   * Returns every goal of the program's pairs.
   *
   * @return the goals, by status in declaration order, then as in {@link #goals(GoalStatus)}
   */
  public List<GoalId> allGoals() {
    return all(goalsByStatus);
  }

  /**
   * Returns the meetings in one status.
   *
   * @param status the status
   * @return the meetings, in the order the scenario scheduled or logged them; empty if none
   * @throws NullPointerException if {@code status} is null
   */
  public List<MeetingId> meetings(MeetingStatus status) {
    return meetingsByStatus.getOrDefault(requireNonNull(status, "status"), List.of());
  }

  /**
   * Returns every meeting of the program's pairs.
   *
   * @return the meetings, by status in declaration order, then as in {@link
   *     #meetings(MeetingStatus)}
   */
  public List<MeetingId> allMeetings() {
    return all(meetingsByStatus);
  }

  /**
   * Returns the surveys in one status.
   *
   * @param status the status
   * @return the surveys, in the order the scenario created them; empty if none
   * @throws NullPointerException if {@code status} is null
   */
  public List<SurveyId> surveys(SurveyStatus status) {
    return surveysByStatus.getOrDefault(requireNonNull(status, "status"), List.of());
  }

  /**
   * Returns every survey of the program.
   *
   * @return the surveys, by status in declaration order, then as in {@link #surveys(SurveyStatus)}
   */
  public List<SurveyId> allSurveys() {
    return all(surveysByStatus);
  }
}
