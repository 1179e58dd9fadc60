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
        .anySatisfy(p -> assertThat(p).startsWith("amy -> dan ACTIVE version 4"))
        .anySatisfy(p -> assertThat(p).startsWith("bob -> <pseudonym> ENDED_EARLY"));
    assertThat(outcome.enrollments()).anySatisfy(e -> assertThat(e).startsWith("<pseudonym> "));
    assertThat(outcome.reminders()).hasSize(6);
    assertThat(outcome.erasure())
        .isEqualTo(
            "enrollments 1, pairs 1, references 0, reminders 1, goals 1, meetings 5, responses 1");
  }

  @Test
  void run_reachesGoalsMeetingsTheSurveyAndTheKnowledgeBase() {
    StoreEngineRun.Outcome outcome = StoreEngineRun.run(new InMemoryMentoringStore());

    assertThat(outcome.goals())
        .hasSize(3)
        .anySatisfy(
            g ->
                assertThat(g)
                    .startsWith("<pseudonym> ACTIVE version 7 progress 50 title ''")
                    .endsWith("check-ins [bob: '', <pseudonym>: '']"))
        .anySatisfy(g -> assertThat(g).startsWith("dan ACTIVE version 5 progress 50"));
    assertThat(outcome.meetings())
        .hasSize(15)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("<pseudonym> HELD version 8")
                    .contains("private {bob=Private note of the mentor of eli}")
                    .contains("ratings {<pseudonym>=5, bob=4}"))
        .anySatisfy(m -> assertThat(m).contains("NO_SHOW"))
        .anySatisfy(m -> assertThat(m).contains("CANCELLED").contains("reason Holidays of dan"));
    assertThat(outcome.survey())
        .contains(
            "Is it a good fit? CLOSED version 3",
            "response by <pseudonym> about a pair true: {fit=NumberAnswer[value=2]} version 2");
    assertThat(outcome.resources())
        .containsExactly(
            "Speaking with confidence https://kb.example.com/speaking"
                + " [confidence, go, public speaking] version 2",
            "suggested for eli's goal [Speaking with confidence [public speaking]]");
    assertThat(outcome.export())
        .isEqualTo(
            "enrollments 1, pairs 1, goals 1, meetings 5, responses 1, private notes [Private note"
                + " of eli], ratings [[eli], [], [], [], []]");
    assertThat(outcome.notifications()).contains("PoorFitReported to admin");
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
