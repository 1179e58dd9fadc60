package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What {@link ProgramScenarios#populate} made: the program, the administrator who ran it, the
 * people who applied, and the pairs by status. Everything else (enrollments, profiles, answers,
 * exits) is in the engine's store, to be read through the engine's services. Immutable and
 * thread-safe.
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
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PopulatedProgram(
    ProgramId programId,
    Actor admin,
    List<ParticipantId> mentors,
    List<ParticipantId> mentees,
    Map<PairStatus, List<PairId>> pairsByStatus) {

  /**
   * Checks nulls and copies the collections; empty lists of pairs are dropped.
   *
   * @param programId the program
   * @param admin the administrator who created and ran it
   * @param mentors everyone who applied as a mentor, in application order
   * @param mentees everyone who applied as a mentee, in application order
   * @param pairsByStatus the program's pairs by status
   * @throws NullPointerException if a component, a key or an element is null
   */
  public PopulatedProgram {
    requireNonNull(programId, "programId");
    requireNonNull(admin, "admin");
    mentors = List.copyOf(mentors);
    mentees = List.copyOf(mentees);
    Map<PairStatus, List<PairId>> copy = new EnumMap<>(PairStatus.class);
    pairsByStatus.forEach(
        (status, ids) -> {
          if (!ids.isEmpty()) {
            copy.put(requireNonNull(status, "status"), List.copyOf(ids));
          }
        });
    pairsByStatus = Collections.unmodifiableMap(copy);
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
    List<PairId> all = new ArrayList<>();
    pairsByStatus.values().forEach(all::addAll);
    return Collections.unmodifiableList(all);
  }
}
