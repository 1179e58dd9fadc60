package dev.mentoring.core.testing;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.id;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Programs with ready-made pairs, for tests of what pairs do once they exist (goals, meetings). The
 * program is administered by {@link Fixture#ADMIN}, proposals need only the administrator's
 * approval, mentors take up to five mentees and mentees up to two mentors.
 */
public final class Pairs {
  public static final MatchingPolicy ADMIN_ONLY =
      MatchingPolicy.defaults()
          .withApprovals(Set.of(ApprovalSide.ADMIN))
          .withMaxMentorsPerMentee(2);

  private Pairs() {}

  /**
   * A program in MATCHING in which each {@code "mentor:mentee"} entry is an ACCEPTED pair.
   *
   * @return the program
   */
  public static ProgramId matching(Fixture f, String... pairs) {
    ProgramId pid = f.matchingProgram(ADMIN_ONLY).id();
    Set<String> mentors = new LinkedHashSet<>();
    Set<String> mentees = new LinkedHashSet<>();
    for (String pair : pairs) {
      mentors.add(mentor(pair));
      mentees.add(mentee(pair));
    }
    mentors.forEach(m -> f.mentor(pid, m, 5));
    mentees.forEach(m -> f.mentee(pid, m));
    for (String pair : pairs) {
      f.mentoring.pairs().propose(ADMIN, pid, id(mentor(pair)), id(mentee(pair)));
    }
    return pid;
  }

  private static String mentor(String pair) {
    return pair.substring(0, pair.indexOf(':'));
  }

  private static String mentee(String pair) {
    return pair.substring(pair.indexOf(':') + 1);
  }

  /**
   * A RUNNING program in which each {@code "mentor:mentee"} entry is an ACTIVE pair.
   *
   * @return the program
   */
  public static ProgramId running(Fixture f, String... pairs) {
    ProgramId pid = matching(f, pairs);
    f.mentoring.programs().launch(ADMIN, pid);
    return pid;
  }

  /** The pair of a mentor and a mentee in a program, as stored. */
  public static Pair pair(Fixture f, ProgramId pid, String mentor, String mentee) {
    ParticipantId mentorId = id(mentor);
    ParticipantId menteeId = id(mentee);
    return f.mentoring.pairs().list(SYSTEM, pid).stream()
        .filter(p -> p.mentorId().equals(mentorId) && p.menteeId().equals(menteeId))
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
