package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreTransaction;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What must hold of a store after every case of {@link MentoringStoreContract}, whatever the case
 * did: every stored aggregate has a version of at least 1 and is found the same way through every
 * query that should list it, a participant has at most one enrollment per program, and every
 * enrollment and pair found by participant belongs to a stored program.
 */
final class StoreInvariants {
  private StoreInvariants() {}

  static void check(MentoringStore store) {
    store.inTransaction(
        tx -> {
          check(tx);
          return Boolean.TRUE;
        });
  }

  private static void check(StoreTransaction tx) {
    List<Program> programs = tx.programs().findAll();
    Set<ProgramId> programIds = new HashSet<>();
    Set<ParticipantId> people = new LinkedHashSet<>();
    for (Program p : programs) {
      programIds.add(p.id());
      String where = "after the case, program " + p.id();
      assertThat(p.version()).as("%s: version", where).isPositive();
      assertThat(tx.programs().find(p.id())).as("%s: find(id)", where).contains(p);

      Set<ParticipantId> enrolled = new HashSet<>();
      for (Enrollment e : tx.enrollments().findByProgram(p.id())) {
        String in = "after the case, enrollment " + e.id() + " listed by findByProgram(" + p.id();
        assertThat(e.programId()).as("%s): program", in).isEqualTo(p.id());
        assertThat(e.version()).as("%s): version", in).isPositive();
        assertThat(enrolled.add(e.participantId()))
            .as("%s): only enrollment of %s in the program", in, e.participantId())
            .isTrue();
        assertThat(tx.enrollments().find(e.id())).as("%s): find(id)", in).contains(e);
        assertThat(tx.enrollments().find(p.id(), e.participantId()))
            .as("%s): find(program, participant)", in)
            .contains(e);
        assertThat(tx.enrollments().findByParticipant(e.participantId()))
            .as("%s): findByParticipant", in)
            .contains(e);
        people.add(e.participantId());
      }
      for (Pair x : tx.pairs().findByProgram(p.id())) {
        String in = "after the case, pair " + x.id() + " listed by findByProgram(" + p.id();
        assertThat(x.programId()).as("%s): program", in).isEqualTo(p.id());
        assertThat(x.version()).as("%s): version", in).isPositive();
        assertThat(tx.pairs().find(x.id())).as("%s): find(id)", in).contains(x);
        assertThat(tx.pairs().findByParticipant(x.mentorId()))
            .as("%s): findByParticipant(mentor)", in)
            .contains(x);
        assertThat(tx.pairs().findByParticipant(x.menteeId()))
            .as("%s): findByParticipant(mentee)", in)
            .contains(x);
        people.add(x.mentorId());
        people.add(x.menteeId());
      }
    }
    for (ParticipantId person : people) {
      for (Enrollment e : tx.enrollments().findByParticipant(person)) {
        assertThat(programIds)
            .as("after the case, enrollment %s of %s: its program is stored", e.id(), person)
            .contains(e.programId());
      }
      for (Pair x : tx.pairs().findByParticipant(person)) {
        assertThat(programIds)
            .as("after the case, pair %s of %s: its program is stored", x.id(), person)
            .contains(x.programId());
      }
      for (SentReminder r : tx.reminders().findByRecipient(person)) {
        assertThat(r.recipient())
            .as("after the case, reminder %s listed for %s: recipient", r.key(), person)
            .isEqualTo(person);
        assertThat(tx.reminders().contains(r.key()))
            .as("after the case, reminder %s: contains(key)", r.key())
            .isTrue();
      }
    }
  }
}
