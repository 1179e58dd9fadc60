package dev.mentoring.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void run_walksTheProgramToClosedWithEveryPairCompleted() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Program closed = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(closed.status()).isEqualTo(ProgramStatus.CLOSED);
    assertThat(out)
        .contains("Enrolled 5 people")
        .contains("Proposed ana -> cy, score 200")
        .contains("Proposed bo -> di, score 100")
        .contains("Retracted ana -> ed")
        .contains("Paired fay -> ed by hand")
        .contains("Pair fay -> ed is ACTIVE")
        .contains("Pair ana -> ed is WITHDRAWN")
        .contains("Program is CLOSED with 3 completed pairs");
  }
}
