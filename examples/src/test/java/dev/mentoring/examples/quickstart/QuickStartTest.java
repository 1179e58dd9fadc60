package dev.mentoring.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.jdbc.JdbcMentoringStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  /** What one run printed and returned. */
  private record Run(String out, ProgramReport report) {}

  private static Run run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgramReport report =
        QuickStart.run(
            new InMemoryMentoringStore(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(bytes.toString(StandardCharsets.UTF_8), report);
  }

  @Test
  void run_printsTheStoryTheReportAndTheBestPairs() {
    String out = run().out();

    assertThat(out)
        .contains("Enrolled 14 mentors and 26 mentees from SyntheticOrganization[400 people")
        .contains("Strategy 'optimal' proposed 26 pairs; 0 mentees left unmatched")
        .contains("Launched with 26 active pairs")
        .contains("Program report as of 2026-03-30T09:00:00Z")
        .containsPattern("Match rate +1\\.00  \\(26 / 26\\)")
        .containsPattern("Mentor utilisation +0\\.93  \\(26 / 28\\)")
        .containsPattern("Meetings \\(held/no-show\\) +73 / 5")
        .containsPattern("Goal completion +0\\.23  \\(6 / 26\\)")
        .contains("Best pairs and why:");
    // Three pairs, each followed by its non-zero criteria.
    assertThat(out.lines().filter(l -> l.matches("  emp-\\d{7} -> emp-\\d{7}  score \\d+")))
        .hasSize(3);
    assertThat(out).containsPattern("\\n      skills +\\+\\d+  offers ");
  }

  @Test
  void run_reportIsConsistentWithWhatHappened() {
    ProgramReport report = run().report();

    assertThat(report.at()).isEqualTo(QuickStart.START.plus(Duration.ofDays(28)));
    int active = report.pairs().get(PairStatus.ACTIVE);
    assertThat(active).isEqualTo(26);
    // Capacity is respected: no more places used than mentors offer.
    assertThat(report.mentorUtilisation().numerator())
        .isEqualTo(active)
        .isLessThanOrEqualTo(report.mentorUtilisation().denominator());
    assertThat(report.mentorUtilisation().denominator())
        .isEqualTo((long) QuickStart.MENTORS * QuickStart.MENTOR_CAPACITY);
    // Every pair scheduled three meetings; every fifth pair missed its last one.
    int held = report.meetings().get(MeetingStatus.HELD);
    int missed = report.meetings().get(MeetingStatus.NO_SHOW);
    assertThat(held + missed).isEqualTo(active * QuickStart.MEETINGS_PER_PAIR);
    assertThat(missed).isEqualTo(5);
    assertThat(report.meetingsPerPair().numerator()).isEqualTo(held);
    // Health counts add up to the active and paused pairs.
    assertThat(report.health().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(active);
    assertThat(report.health().get(HealthStatus.HEALTHY)).isEqualTo(active);
    // 26 of 39 paired participants answered, each with an NPS answer.
    NetPromoterScore nps = report.nps();
    assertThat(nps.responses()).isEqualTo(26);
    assertThat(report.surveys())
        .singleElement()
        .satisfies(s -> assertThat(s.responses()).isEqualTo(26));
  }

  @Test
  void run_sameOutputOnEveryRun() {
    assertThat(run().out()).isEqualTo(run().out());
  }

  @Test
  void run_onH2_printsExactlyWhatItPrintsInMemory() {
    MentoringStore h2 = QuickStart.storeFor("--store", "h2");
    assertThat(h2).isInstanceOf(JdbcMentoringStore.class);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(h2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(run().out());
  }

  @Test
  void storeFor_acceptsNothingOrMemory() {
    assertThat(QuickStart.storeFor()).isInstanceOf(InMemoryMentoringStore.class);
    assertThat(QuickStart.storeFor("--store", "memory")).isInstanceOf(InMemoryMentoringStore.class);
  }

  @Test
  void storeFor_unknownStore_rejectedNamingTheChoices() {
    assertThatThrownBy(() -> QuickStart.storeFor("--store", "oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--store must be one of [memory, h2], was 'oracle'");
    assertThatThrownBy(() -> QuickStart.storeFor("--verbose"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arguments must be empty or '--store <name>'");
  }
}
