package dev.mentoring.matching.solver;

import java.util.Arrays;

/** A growable list of (mentee, mentor) pairs that starts with a problem's fixed pairs. */
final class Pairs {
  private int[] mentee;
  private int[] mentor;
  private int count;

  /** Creates the list holding the fixed pairs, with room for {@code expected} more. */
  Pairs(AssignmentProblem p, int expected) {
    int f = p.fixedMentee.length;
    int room = Math.max(4, f + Math.max(0, expected));
    this.mentee = Arrays.copyOf(p.fixedMentee, room);
    this.mentor = Arrays.copyOf(p.fixedMentor, room);
    this.count = f;
  }

  void add(int i, int j) {
    if (count == mentee.length) {
      int grown = mentee.length + (mentee.length >> 1) + 1;
      mentee = Arrays.copyOf(mentee, grown);
      mentor = Arrays.copyOf(mentor, grown);
    }
    mentee[count] = i;
    mentor[count++] = j;
  }

  int size() {
    return count;
  }

  Assignment toAssignment(AssignmentProblem p) {
    return Assignment.of(p, mentee, mentor, count);
  }
}
