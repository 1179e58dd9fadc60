package dev.mentoring.core.spi;

import org.apiguardian.api.API;

/**
 * One transaction's view of the store. Valid only inside the {@link StoreWork} it was given to, and
 * only on that thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface StoreTransaction {

  /**
   * Returns the programs.
   *
   * @return the repository
   */
  ProgramRepository programs();

  /**
   * Returns the enrollments.
   *
   * @return the repository
   */
  EnrollmentRepository enrollments();

  /**
   * Returns the pairs.
   *
   * @return the repository
   */
  PairRepository pairs();

  /**
   * Returns the log of reminders handed out.
   *
   * @return the log
   */
  ReminderLog reminders();

  /**
   * Returns the goals.
   *
   * @return the repository
   */
  GoalRepository goals();

  /**
   * Returns the meetings.
   *
   * @return the repository
   */
  MeetingRepository meetings();

  /**
   * Returns the surveys.
   *
   * @return the repository
   */
  SurveyRepository surveys();

  /**
   * Returns the survey responses.
   *
   * @return the repository
   */
  SurveyResponseRepository surveyResponses();

  /**
   * Returns the knowledge-base resources.
   *
   * @return the repository
   */
  ResourceRepository resources();

  /**
   * Registers an action to run after this transaction commits. Actions of a rolled-back transaction
   * never run.
   *
   * @param action the action
   */
  void afterCommit(Runnable action);
}
