package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * What erasing a person's data changed.
 *
 * @param pseudonym the key that now stands for the person in retained records
 * @param enrollments enrollments stripped of profile and answers
 * @param pairs pairs whose mentor or mentee was replaced by the pseudonym
 * @param references other people's profiles and programs' administrator lists the person was
 *     removed from
 * @param reminders reminder records deleted
 * @param goals goals of the person's pairs whose owner or check-in authors were replaced by the
 *     pseudonym, with the person's text removed
 * @param meetings meetings of the person's pairs stripped of the person's private note and of notes
 *     they wrote or co-wrote, with their rating and organiser role kept under the pseudonym
 * @param responses survey responses unlinked from the person: the respondent replaced by the
 *     pseudonym, free-text answers removed
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ErasureReport(
    ParticipantId pseudonym,
    int enrollments,
    int pairs,
    int references,
    int reminders,
    int goals,
    int meetings,
    int responses) {

  /**
   * Checks nulls.
   *
   * @param pseudonym the key that now stands for the person in retained records
   * @param enrollments enrollments stripped of profile and answers
   * @param pairs pairs whose mentor or mentee was replaced by the pseudonym
   * @param references other people's profiles and programs' administrator lists the person was
   *     removed from
   * @param reminders reminder records deleted
   * @param goals goals of the person's pairs whose owner or check-in authors were replaced by the
   *     pseudonym, with the person's text removed
   * @param meetings meetings of the person's pairs stripped of the person's private note and of
   *     notes they wrote or co-wrote, with their rating and organiser role kept under the pseudonym
   * @param responses survey responses unlinked from the person: the respondent replaced by the
   *     pseudonym, free-text answers removed
   * @throws NullPointerException if {@code pseudonym} is null
   */
  public ErasureReport {
    requireNonNull(pseudonym, "pseudonym");
  }
}
