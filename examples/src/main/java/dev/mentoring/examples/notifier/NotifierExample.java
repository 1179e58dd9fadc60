package dev.mentoring.examples.notifier;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.examples.notifier.JsonLinesNotifier.Delivery;
import dev.mentoring.testkit.fake.MutableClock;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a small program with a {@link JsonLinesNotifier}: two mentors and two mentees enroll, are
 * matched, accept and meet. The engine sends what its operations cause (proposals, confirmations,
 * the program's launch, meeting invitations), and what falls due with time (here, the reminder of
 * each meeting a day before it) when the host's scheduler calls {@code reminders().due}. Then it
 * reads the outbox back and prints, per recipient, what they were told.
 */
public final class NotifierExample {

  /** When the example starts, by its clock. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static final Actor ADMIN = Actor.participant("hr-admin");

  private NotifierExample() {}

  /**
   * Runs the example with an outbox file in the temporary directory and prints its path.
   *
   * @param args ignored
   * @throws IOException if the outbox cannot be created or written
   */
  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("mentoring-outbox-", ".jsonl");
    try (Writer outbox = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      run(outbox, System.out);
    }
    System.out.println("Outbox: " + file);
  }

  /**
   * Runs the example.
   *
   * @param outbox where the notifier writes; also read back by {@link #deliveries(String)} callers
   * @param out where to print the summary
   * @return what the notifier was sent, in order
   */
  public static List<Notification> run(Writer outbox, PrintStream out) {
    requireNonNull(outbox, "outbox");
    requireNonNull(out, "out");
    MutableClock clock = MutableClock.at(START);
    RecordingOutbox recording = new RecordingOutbox(outbox);
    JsonLinesNotifier notifier = new JsonLinesNotifier(recording);
    Mentoring mentoring = Mentoring.builder().clock(clock).notifier(notifier).build();

    Program program =
        mentoring
            .programs()
            .create(
                ADMIN,
                ProgramSpec.builder("Notifications demo")
                    .enrollmentApprovalRequired(false)
                    .build());
    mentoring.programs().openEnrollment(ADMIN, program.id());
    apply(mentoring, program, "ana", EnrollmentRole.MENTOR, Profile.builder().offers("Java", 5));
    apply(mentoring, program, "bo", EnrollmentRole.MENTOR, Profile.builder().offers("SQL", 4));
    apply(mentoring, program, "cy", EnrollmentRole.MENTEE, Profile.builder().seeks("Java", 3));
    apply(mentoring, program, "di", EnrollmentRole.MENTEE, Profile.builder().seeks("SQL", 3));

    mentoring.programs().startMatching(ADMIN, program.id());
    MatchingRun run = mentoring.matching().propose(ADMIN, program.id());
    for (Pair pair : run.proposed()) {
      mentoring.pairs().accept(Actor.participant(pair.mentorId()), pair.id());
      mentoring.pairs().accept(Actor.participant(pair.menteeId()), pair.id());
    }
    mentoring.programs().launch(ADMIN, program.id());
    for (Pair pair : run.proposed()) {
      MeetingPlan plan =
          MeetingPlan.builder("First session", START.plus(Duration.ofDays(3)), ZoneOffset.UTC)
              .duration(Duration.ofMinutes(30))
              .mode(MeetingMode.VIDEO)
              .build();
      mentoring.meetings().schedule(Actor.participant(pair.menteeId()), pair.id(), plan);
    }

    // The host's scheduler: every so often, ask what has fallen due; the engine records each
    // reminder, so it is handed out once, and passes it to the notifier.
    clock.advance(Duration.ofDays(2));
    List<Notification> due = mentoring.reminders().due(Actor.system(), clock.instant());
    out.printf("%d reminders fell due by %s%n", due.size(), clock.instant());

    List<Delivery> deliveries = deliveries(recording.text());
    out.printf("The outbox holds %d lines%n", deliveries.size());
    Map<String, Map<String, Integer>> byRecipient = new TreeMap<>();
    for (Delivery d : deliveries) {
      byRecipient
          .computeIfAbsent(d.recipient().value(), k -> new TreeMap<>())
          .merge(d.notification().getClass().getSimpleName(), 1, Integer::sum);
    }
    byRecipient.forEach((who, kinds) -> out.printf("  %-9s %s%n", who, kinds));
    return deliveries.stream().map(Delivery::notification).toList();
  }

  /**
   * Reads the deliveries of an outbox's text.
   *
   * @param text the outbox's lines
   * @return the deliveries, in order
   */
  public static List<Delivery> deliveries(String text) {
    return JsonLinesNotifier.read(new StringReader(text));
  }

  private static void apply(
      Mentoring mentoring,
      Program program,
      String who,
      EnrollmentRole role,
      Profile.Builder profile) {
    ParticipantId id = ParticipantId.of(who);
    mentoring
        .enrollments()
        .apply(
            Actor.participant(id),
            program.id(),
            Application.builder(id, role).profile(profile.languages("en").build()).build());
  }

  /** Passes writes on to the outbox and keeps a copy, so the example can read the lines back. */
  private static final class RecordingOutbox extends Writer {
    private final Writer target;
    private final StringBuilder copy = new StringBuilder();

    RecordingOutbox(Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      try {
        target.write(buffer, offset, length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      synchronized (copy) {
        copy.append(buffer, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      target.close();
    }

    String text() {
      synchronized (copy) {
        return copy.toString();
      }
    }
  }
}
