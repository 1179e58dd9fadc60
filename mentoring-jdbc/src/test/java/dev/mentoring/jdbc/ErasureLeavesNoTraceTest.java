package dev.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.generate.PopulatedProgram;
import dev.mentoring.testkit.generate.ProgramScenarios;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Erasure rewrites rows, it does not mark them: after {@code privacy().erase}, no column of any
 * table of the store holds the person's id or a text the person wrote.
 */
@DisplayName("erasure on the JDBC store")
class ErasureLeavesNoTraceTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
        Arguments.of("PostgreSQL", (Supplier<DataSource>) () -> Databases.postgres("erasure")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName(
      "after erasing a mentee of a populated program, no cell of any table holds their id or"
          + " their own texts")
  void noTraceInAnyTable(String database, Supplier<DataSource> source) throws SQLException {
    DataSource ds = source.get();
    Mentoring mentoring =
        Mentoring.builder()
            .store(JdbcMentoringStore.builder(ds).build())
            .clock(MutableClock.at(Instant.parse("2026-03-02T09:00:00Z")))
            .build();
    PopulatedProgram populated = ProgramScenarios.populate(mentoring, 11L, 40);
    ParticipantId person = personWithMostActivity(mentoring, populated);
    Set<String> traces = traces(mentoring.privacy().export(Actor.system(), person), person);
    // A text someone else also wrote (generated texts repeat) rightly stays in their rows.
    for (ParticipantId other : everyone(populated)) {
      if (!other.equals(person)) {
        Set<String> theirs = traces(mentoring.privacy().export(Actor.system(), other), other);
        traces.removeIf(t -> !t.equals(person.value()) && theirs.contains(t));
      }
    }
    assertThat(cellsContaining(ds, person.value()))
        .as("before erasure the person is in the tables")
        .isNotEmpty();

    mentoring.privacy().erase(Actor.system(), person);

    for (String trace : traces) {
      assertThat(cellsContaining(ds, trace))
          .as("cells of %s holding \"%s\" after erasure", database, excerpt(trace))
          .isEmpty();
    }
  }

  private static Set<ParticipantId> everyone(PopulatedProgram populated) {
    Set<ParticipantId> all = new LinkedHashSet<>(populated.mentors());
    all.addAll(populated.mentees());
    return all;
  }

  /** The mentee of an active pair with the most meetings, so that there is much to erase. */
  private static ParticipantId personWithMostActivity(Mentoring m, PopulatedProgram populated) {
    ParticipantId best = populated.mentees().get(0);
    int most = -1;
    for (var pairId : populated.pairs(PairStatus.ACTIVE)) {
      Pair pair = m.pairs().get(populated.admin(), pairId);
      ParticipantData data = m.privacy().export(Actor.system(), pair.menteeId());
      int activity = data.meetings().size() + data.goals().size() + data.responses().size();
      if (activity > most) {
        most = activity;
        best = pair.menteeId();
      }
    }
    return best;
  }

  /** The person's id and the texts only they wrote: private notes, goals, check-ins, answers. */
  private static Set<String> traces(ParticipantData data, ParticipantId person) {
    Set<String> traces = new LinkedHashSet<>();
    traces.add(person.value());
    for (Meeting meeting : data.meetings()) {
      String note = meeting.privateNotes().get(person);
      if (note != null) {
        traces.add(note);
      }
    }
    for (Goal goal : data.goals()) {
      if (goal.ownerId().equals(person)) {
        traces.add(goal.title());
      }
      for (CheckIn c : goal.checkIns()) {
        if (c.author().equals(person) && !c.note().isBlank()) {
          traces.add(c.note());
        }
      }
    }
    for (SurveyResponse r : data.responses()) {
      for (Answer a : r.answers().values()) {
        if (a instanceof Answer.TextAnswer text && text.text().length() >= 12) {
          traces.add(text.text());
        }
      }
    }
    traces.removeIf(t -> t.length() < 8);
    return traces;
  }

  /** Every cell of every table of the store whose text contains a string, as table.column. */
  static List<String> cellsContaining(DataSource ds, String needle) throws SQLException {
    List<String> cells = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : Databases.TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int col = 1; col <= meta.getColumnCount(); col++) {
              String value = rs.getString(col);
              if (value != null && value.contains(needle)) {
                cells.add(table + "." + meta.getColumnName(col));
              }
            }
          }
        }
      }
    }
    return cells;
  }

  /** A trace short enough for a failure message. */
  private static String excerpt(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
