package dev.mentoring.examples.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifierExampleTest {

  @Test
  void run_everyoneIsToldOfTheirMatchTheLaunchAndTheirMeeting() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Notification> sent =
        NotifierExample.run(
            new StringWriter(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("4 reminders fell due by 2026-03-04T09:00:00Z")
        .contains("The outbox holds 26 lines")
        .contains(
            "  ana       {EnrollmentDecided=1, MatchConfirmed=1, MatchProposed=1,"
                + " MeetingInvitation=1, MeetingReminder=1, ProgramPhaseChanged=2}")
        .contains(
            "  cy        {EnrollmentDecided=1, MatchConfirmed=1, MatchProposed=1,"
                + " MeetingReminder=1, ProgramPhaseChanged=2}");
    assertThat(sent).filteredOn(MeetingReminder.class::isInstance).hasSize(4);
  }
}
