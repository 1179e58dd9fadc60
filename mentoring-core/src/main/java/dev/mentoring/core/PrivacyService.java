package dev.mentoring.core;

import org.apiguardian.api.API;

/**
 * Answers data-subject requests. Obtain it from {@link Mentoring#privacy()}. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PrivacyService {

  /**
   * Returns everything held about a person.
   *
   * @param actor the person themselves or the system
   * @param participantId the person
   * @return their data
   * @throws AccessDeniedException for another actor
   */
  ParticipantData export(Actor actor, ParticipantId participantId);

  /**
   * Erases a person's personal data. Their open enrollments are withdrawn first (ending their
   * pairs), then every record keeps its counts and states but refers to a random pseudonym, with
   * profile, answers and notes removed; the person is also removed from other people's manager
   * chains, exclusions and preferences, and from administrator lists. In the goals and meetings of
   * their pairs, the text they wrote (and a meeting's shared notes, which either side may have
   * written) is removed and their private notes are deleted; ratings, progress, dates and states
   * stay, under the pseudonym.
   *
   * <p>Survey responses, anonymous or not, keep their ratings, scores and choices, so that
   * summaries and reports stay valid, but refer to the pseudonym instead of the person, and lose
   * their free-text answers, which may identify their author whatever the survey's anonymity. A
   * free-text question's answer count drops accordingly.
   *
   * @param actor the person themselves or the system
   * @param participantId the person
   * @return what was changed
   * @throws AccessDeniedException for another actor
   */
  ErasureReport erase(Actor actor, ParticipantId participantId);
}
