package dev.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Mentoring;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.generate.PopulatedProgram;
import dev.mentoring.testkit.generate.ProgramScenarios;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A program report costs a fixed number of statements, whatever the number of pairs. */
@DisplayName("reports on the JDBC store")
class ReportStatementsTest {

  /** What one report cost on a program populated with some number of people. */
  private record Cost(int pairs, List<String> statements) {}

  private static Cost reportOn(int people) {
    CountingDataSource ds = new CountingDataSource(Databases.h2());
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    Mentoring mentoring =
        Mentoring.builder().store(JdbcMentoringStore.builder(ds).build()).clock(clock).build();
    PopulatedProgram populated = ProgramScenarios.populate(mentoring, 5L, people);

    ds.reset();
    ProgramReport report =
        mentoring.reports().report(populated.admin(), populated.programId(), clock.instant());

    assertThat(report.totalPairs()).isEqualTo(populated.allPairs().size());
    return new Cost(populated.allPairs().size(), ds.statements());
  }

  @Test
  @DisplayName(
      "a report of a program with four times as many pairs runs the same statements, one query"
          + " per kind of aggregate")
  void constantStatements() {
    Cost small = reportOn(20);
    Cost large = reportOn(80);

    assertThat(large.pairs()).as("pairs of the large program").isGreaterThan(3 * small.pairs());
    assertThat(large.statements())
        .as("statements of the large program's report")
        .isEqualTo(small.statements());
    assertThat(large.statements()).as("statements of one report").hasSizeLessThanOrEqualTo(12);
  }
}
