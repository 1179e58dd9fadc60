package dev.mentoring.core.testing;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;

/**
 * A ready engine for tests: an in-memory store, a mutable clock at 2026-01-05T09:00Z, a recorder as
 * listener and notifier, and helpers that build common situations.
 */
public final class Fixture {
  public static final Actor ADMIN = Actor.participant("admin");
  public static final Actor SYSTEM = Actor.system();

  public final InMemoryMentoringStore store = new InMemoryMentoringStore();
  public final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
  public final Recorder recorder = new Recorder();
  public final Mentoring mentoring;

  public Fixture() {
    this.mentoring =
        Mentoring.builder().store(store).clock(clock).listener(recorder).notifier(recorder).build();
  }

  public StoreSnapshot snapshot() {
    return StoreSnapshot.of(store);
  }

  /** A spec administered by {@link #ADMIN}, applications approved on submission. */
  public static ProgramSpec.Builder spec() {
    return ProgramSpec.builder("Pilot").enrollmentApprovalRequired(false);
  }

  /** Creates a program from {@link #spec()} with the policy and opens enrollment. */
  public Program enrollingProgram(MatchingPolicy policy) {
    Program p = mentoring.programs().create(ADMIN, spec().matchingPolicy(policy).build());
    return mentoring.programs().openEnrollment(ADMIN, p.id());
  }

  /** Creates a program with the policy, opened and moved to MATCHING. */
  public Program matchingProgram(MatchingPolicy policy) {
    Program p = enrollingProgram(policy);
    return mentoring.programs().startMatching(ADMIN, p.id());
  }

  public Enrollment mentor(ProgramId program, String who, int capacity) {
    return mentoring
        .enrollments()
        .apply(
            ADMIN,
            program,
            Application.builder(ParticipantId.of(who), EnrollmentRole.MENTOR)
                .capacity(capacity)
                .build());
  }

  public Enrollment mentor(ProgramId program, String who, int capacity, Profile profile) {
    return mentoring
        .enrollments()
        .apply(
            ADMIN,
            program,
            Application.builder(ParticipantId.of(who), EnrollmentRole.MENTOR)
                .capacity(capacity)
                .profile(profile)
                .build());
  }

  public Enrollment mentee(ProgramId program, String who) {
    return mentee(program, who, Profile.empty());
  }

  public Enrollment mentee(ProgramId program, String who, Profile profile) {
    return mentoring
        .enrollments()
        .apply(
            ADMIN,
            program,
            Application.builder(ParticipantId.of(who), EnrollmentRole.MENTEE)
                .profile(profile)
                .build());
  }

  public static ParticipantId id(String who) {
    return ParticipantId.of(who);
  }

  public static Actor as(String who) {
    return Actor.participant(who);
  }
}
