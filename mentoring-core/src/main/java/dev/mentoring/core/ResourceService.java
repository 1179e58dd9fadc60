package dev.mentoring.core;

import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A program's knowledge base: resources and suggestions of them. Obtain it from {@link
 * Mentoring#resources()}. Thread-safe.
 *
 * <p>Administrators of the program (and the system) add, revise and remove resources and see them
 * all. A participant with an approved enrollment in the program sees the resources whose audience
 * includes their role.
 *
 * <p><b>Suggestions.</b> Topics are normalised into terms: each topic lower-cased with its spaces
 * collapsed, and each of its words (runs of letters and digits) of at least three characters. A tag
 * matches if it is a term, or if all its words of at least three characters are terms. So the
 * profile topic {@code "AI"} matches the tag {@code ai}, and the goal title {@code "Get better at
 * public speaking"} matches the tags {@code public speaking} and {@code speaking}. A suggestion is
 * a resource with at least one matching tag, for the viewer's audience, suggested in the program's
 * current phase; suggestions are ranked by the number of matching tags, then by title (ignoring
 * case, then exactly), then by id, so the order is deterministic.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, {@link
 * NotFoundException} for an unknown program, resource or pair and {@link AccessDeniedException} for
 * an actor without the right. A refused call changes nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ResourceService {

  /** The most suggestions one call returns. */
  int MAX_SUGGESTIONS = 100;

  /**
   * Adds a resource.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @param draft the title, link, description, tags, audience and phases
   * @return the stored resource
   * @throws InvalidInputException if the draft breaks a rule (see {@link ResourceDraft}) or the
   *     program is archived
   */
  Resource add(Actor actor, ProgramId programId, ResourceDraft draft);

  /**
   * Replaces what a resource says.
   *
   * @param actor an administrator or the system
   * @param id the resource
   * @param draft the new title, link, description, tags, audience and phases
   * @return the stored resource
   * @throws InvalidInputException if the draft breaks a rule or the program is archived
   */
  Resource revise(Actor actor, ResourceId id, ResourceDraft draft);

  /**
   * Removes a resource.
   *
   * @param actor an administrator or the system
   * @param id the resource
   * @return the resource as it was before removal
   * @throws InvalidInputException if the program is archived
   */
  Resource remove(Actor actor, ResourceId id);

  /**
   * Returns a resource.
   *
   * @param actor an administrator, the system, or a participant in its audience
   * @param id the resource
   * @return the resource
   */
  Resource get(Actor actor, ResourceId id);

  /**
   * Returns a program's resources, ordered by the time they were added: all of them for an
   * administrator or the system, those for their role for a participant.
   *
   * @param actor an administrator, the system, or a participant with an approved enrollment
   * @param programId the program
   * @return the resources
   */
  List<Resource> forProgram(Actor actor, ProgramId programId);

  /**
   * Suggests resources for some topics, such as the words of a goal's title and measure.
   * Administrators and the system are suggested resources for every audience.
   *
   * @param actor an administrator, the system, or a participant with an approved enrollment
   * @param programId the program
   * @param topics the topics; see the class documentation for how they match tags
   * @param limit the most suggestions to return, 1 to {@value #MAX_SUGGESTIONS}
   * @return the suggestions, best first
   * @throws InvalidInputException if {@code limit} is out of range
   */
  List<ResourceSuggestion> suggest(Actor actor, ProgramId programId, Set<String> topics, int limit);

  /**
   * Suggests resources for a pair: the topics are the names of the skills the mentee seeks and the
   * topics of the mentee's profile. The mentor is suggested resources for mentors, the mentee those
   * for mentees, an administrator or the system those for every audience.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param pairId the pair
   * @param limit the most suggestions to return, 1 to {@value #MAX_SUGGESTIONS}
   * @return the suggestions, best first
   * @throws InvalidInputException if {@code limit} is out of range
   */
  List<ResourceSuggestion> suggestForPair(Actor actor, PairId pairId, int limit);

  /**
   * Suggests resources for a goal: the topics are the words of its title, measure and description.
   * The mentor is suggested resources for mentors, the mentee those for mentees, an administrator
   * (only for a goal shared with administrators) or the system those for every audience.
   *
   * @param actor the pair's mentor or mentee, an administrator of a shared goal, or the system
   * @param goalId the goal
   * @param limit the most suggestions to return, 1 to {@value #MAX_SUGGESTIONS}
   * @return the suggestions, best first
   * @throws NotFoundException if the goal does not exist
   * @throws AccessDeniedException if the actor may not read the goal
   * @throws InvalidInputException if {@code limit} is out of range
   */
  List<ResourceSuggestion> suggestForGoal(Actor actor, GoalId goalId, int limit);
}
