package dev.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.core.Mentoring;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.generate.PopulatedProgram;
import dev.mentoring.testkit.generate.ProgramScenarios;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store behaves as the in-memory reference does: the same scenario, driven through the
 * engine from the same seed, leaves the same program behind on both, down to every figure of its
 * report and every pair, goal, meeting and survey in every state.
 */
@DisplayName("the JDBC store against the in-memory store")
class JdbcMatchesInMemoryPropertyTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private record Outcome(PopulatedProgram populated, String report) {}

  private static Outcome run(MentoringStore store, long seed) {
    MutableClock clock = MutableClock.at(START);
    Mentoring mentoring = Mentoring.builder().store(store).clock(clock).build();
    PopulatedProgram populated = ProgramScenarios.populate(mentoring, seed, 24);
    ProgramReport report =
        mentoring.reports().report(populated.admin(), populated.programId(), clock.instant());
    // Ids are random per run, and surveys are listed in id order; everything else must agree.
    String text = report.toString().replace(populated.programId().value(), "P");
    List<String> surveys = new ArrayList<>();
    for (SurveyResponseRate rate : report.surveys()) {
      String survey = rate.toString();
      surveys.add(survey.replace(rate.surveyId().value(), "S"));
      text = text.replace(survey, "");
    }
    Collections.sort(surveys);
    return new Outcome(populated, text + surveys);
  }

  @Test
  @DisplayName("a populated program reads back the same from H2 as from memory, for any seed")
  void samePrograms() {
    qt().withFixedSeed(0x0DB_5EEDL)
        .withExamples(15)
        .forAll(longs().between(1, Long.MAX_VALUE))
        .checkAssert(
            seed -> {
              Outcome memory = run(new InMemoryMentoringStore(), seed);
              Outcome h2 = run(JdbcMentoringStore.builder(Databases.h2()).build(), seed);

              assertThat(h2.report()).isEqualTo(memory.report());
              PopulatedProgram a = memory.populated();
              PopulatedProgram b = h2.populated();
              assertThat(b.mentors()).isEqualTo(a.mentors());
              assertThat(b.mentees()).isEqualTo(a.mentees());
              assertThat(counts(b)).isEqualTo(counts(a));
            });
  }

  private static String counts(PopulatedProgram p) {
    return "pairs "
        + sizes(p.pairsByStatus())
        + " goals "
        + sizes(p.goalsByStatus())
        + " meetings "
        + sizes(p.meetingsByStatus())
        + " surveys "
        + sizes(p.surveysByStatus())
        + " responses "
        + p.responses().size()
        + " resources "
        + p.resources().size();
  }

  private static String sizes(Map<?, ? extends List<?>> byStatus) {
    StringBuilder sb = new StringBuilder();
    byStatus.forEach((status, ids) -> sb.append(status).append('=').append(ids.size()).append(' '));
    return sb.toString();
  }
}
