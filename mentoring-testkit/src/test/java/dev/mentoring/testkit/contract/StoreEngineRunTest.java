package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.memory.InMemoryMentoringStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine run the store kit compares must be deterministic and reach every repository. */
class StoreEngineRunTest {

  @Test
  void run_sameOutcomeOnEveryFreshStore() {
    StoreEngineRun.Outcome first = StoreEngineRun.run(new InMemoryMentoringStore());

    assertThat(StoreEngineRun.run(new InMemoryMentoringStore())).isEqualTo(first);
  }

  @Test
  void run_acceptsPairsHandsOutRemindersAndErases() {
    StoreEngineRun.Outcome outcome = StoreEngineRun.run(new InMemoryMentoringStore());

    assertThat(outcome.matching())
        .containsExactly(
            "proposed amy -> dan", "proposed amy -> gus", "proposed bob -> eli", "unmatched hal");
    assertThat(outcome.pairs())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("amy -> dan ACCEPTED version 3"))
        .anySatisfy(p -> assertThat(p).startsWith("bob -> <pseudonym> ENDED_EARLY"));
    assertThat(outcome.enrollments()).anySatisfy(e -> assertThat(e).startsWith("<pseudonym> "));
    assertThat(outcome.reminders()).hasSize(6);
    assertThat(outcome.erasure()).isEqualTo("enrollments 1, pairs 1, references 0, reminders 1");
  }

  @Test
  void race_takenInTurn_acceptsExactlyTheCapacity() {
    StoreEngineRun.Race race = StoreEngineRun.prepareRace(new InMemoryMentoringStore(), 5, 2);

    List<Boolean> accepted = new ArrayList<>();
    for (int i = 0; i < race.proposals().size(); i++) {
      accepted.add(race.accept(i));
    }

    assertThat(accepted).containsExactly(true, true, false, false, false);
    assertThat(race.committedPairs()).isEqualTo(2);
  }
}
