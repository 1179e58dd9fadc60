package dev.mentoring.testkit.contract;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.spi.SentReminder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values for {@link MentoringStoreContract}: programs, enrollments, pairs and reminders with every
 * component set, so that a store which drops or rounds a component fails the round trip. Instants
 * have millisecond precision, which every mainstream database keeps.
 */
final class StoreSamples {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");

  private StoreSamples() {}

  static ParticipantId person(String key) {
    return ParticipantId.of(key);
  }

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  /** A DRAFT program created at {@code createdAt}, with every setting given a non-default value. */
  static Program program(String id, Instant createdAt) {
    ProgramSpec spec =
        ProgramSpec.builder("Program " + id)
            .description("A program the store contract writes and reads back.")
            .objective("Grow engineers")
            .objective("Share knowledge")
            .schedule(Schedule.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31)))
            .form(
                EnrollmentForm.of(
                    Question.text("goal", "What is your goal?"),
                    Question.yesNo("remote", "Can you meet remotely?")))
            .enrollmentApprovalRequired(false)
            .admin(person("admin-of-" + id))
            .build();
    return new Program(ProgramId.of(id), 0, spec, ProgramStatus.DRAFT, createdAt, createdAt);
  }

  /** An APPROVED enrollment of {@code who}, with a profile and answers that hold personal data. */
  static Enrollment enrollment(String id, ProgramId program, ParticipantId who, Instant appliedAt) {
    Profile profile =
        Profile.builder()
            .offers("Java", 4)
            .seeks("Kotlin", 3)
            .topics("testing", "architecture")
            .languages("en", "pt-BR")
            .timeZone(ZoneId.of("Europe/Lisbon"))
            .location("Office of " + who)
            .seniority(7)
            .department("Department of " + who)
            .managerChain(List.of(person("manager-of-" + who)))
            .availability(new Availability(6, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)))
            .preferences(
                new Preferences(Set.of(person("friend-of-" + who)), DepartmentPreference.DIFFERENT))
            .exclude(person("rival-of-" + who))
            .build();
    return new Enrollment(
        EnrollmentId.of(id),
        0,
        program,
        who,
        EnrollmentRole.MENTOR_AND_MENTEE,
        profile,
        Map.of("goal", Answer.text("Goal of " + who), "remote", Answer.yesNo(true)),
        2,
        EnumSet.of(Consent.MATCHING, Consent.PROFILE_SHARING),
        EnrollmentStatus.APPROVED,
        appliedAt,
        appliedAt);
  }

  /** A PROPOSED pair, awaiting the mentor, proposed at {@code at}. */
  static Pair pair(
      String id, ProgramId program, ParticipantId mentor, ParticipantId mentee, Instant at) {
    return Pair.propose(
        PairId.of(id),
        program,
        mentor,
        mentee,
        PairOrigin.ALGORITHM,
        new Explanation(
            List.of(
                new Contribution("skills", 7, "offers Java (4), sought Java (3)"),
                new Contribution("language", 2, "both speak en")),
            "chosen by the store contract"),
        EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE),
        EnumSet.of(ApprovalSide.MENTEE),
        at,
        at.plus(Duration.ofDays(7)));
  }

  /**
   * A pair that ran and ended early at the mentee's wish, so every nullable component is set,
   * including a private note written by the mentee.
   */
  static Pair endedPair(
      String id, ProgramId program, ParticipantId mentor, ParticipantId mentee, Instant at) {
    return pair(id, program, mentor, mentee, at)
        .approve(ApprovalSide.MENTOR, at.plusSeconds(60))
        .activate(at.plusSeconds(120))
        .endEarly(new PairExit(ExitReason.PERSONAL, at.plusSeconds(180), mentee, "private note"));
  }

  static SentReminder reminder(String key, ParticipantId recipient, Instant sentAt) {
    return new SentReminder(key, recipient, sentAt);
  }

  /** The program with another description, as a read-modify-write would change it. */
  static Program described(Program program, String description) {
    return program.withSpec(
        program.spec().toBuilder().description(description).build(),
        program.updatedAt().plusSeconds(1));
  }

  static Enrollment movedTo(Enrollment e, ProgramId other) {
    return new Enrollment(
        e.id(),
        e.version(),
        other,
        e.participantId(),
        e.role(),
        e.profile(),
        e.answers(),
        e.capacity(),
        e.consents(),
        e.status(),
        e.appliedAt(),
        e.updatedAt());
  }

  static Enrollment reassigned(Enrollment e, ParticipantId participant) {
    return new Enrollment(
        e.id(),
        e.version(),
        e.programId(),
        participant,
        e.role(),
        e.profile(),
        e.answers(),
        e.capacity(),
        e.consents(),
        e.status(),
        e.appliedAt(),
        e.updatedAt());
  }

  static Pair movedTo(Pair p, ProgramId other) {
    return new Pair(
        p.id(),
        p.version(),
        other,
        p.mentorId(),
        p.menteeId(),
        p.origin(),
        p.explanation(),
        p.requiredApprovals(),
        p.approvals(),
        p.status(),
        p.proposedAt(),
        p.expiresAt(),
        p.acceptedAt(),
        p.startedAt(),
        p.endedAt(),
        p.exit(),
        p.updatedAt());
  }
}
