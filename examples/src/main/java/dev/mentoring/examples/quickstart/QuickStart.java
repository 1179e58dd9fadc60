package dev.mentoring.examples.quickstart;

import dev.mentoring.core.Actor;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.Question;
import java.io.PrintStream;
import java.util.List;

/**
 * Walks one mentoring program through its whole life on the in-memory default: create, open
 * enrollment, enroll mentors and mentees, match, pair one mentee by hand, accept, launch and close.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the walk-through and prints what happens.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the walk-through.
   *
   * @param out where to print
   * @return the program as closed
   */
  public static Program run(PrintStream out) {
    Mentoring mentoring = Mentoring.builder().build();
    Actor admin = Actor.participant("hr-admin");

    // 1. An administrator describes the program; it starts as a draft.
    ProgramSpec spec =
        ProgramSpec.builder("Engineering onboarding")
            .objective("Help new engineers find their feet in their first six months")
            .form(
                EnrollmentForm.of(
                    Question.singleChoice("track", "Which track?", List.of("backend", "frontend")),
                    Question.text("hopes", "What do you hope to get out of it?")
                        .optional()
                        .forRoles(EnrollmentRole.MENTEE)))
            .matchingPolicy(MatchingPolicy.defaults().withDefaultMentorCapacity(2))
            .enrollmentApprovalRequired(false)
            .build();
    Program program = mentoring.programs().create(admin, spec);
    mentoring.programs().openEnrollment(admin, program.id());
    out.printf("Created '%s' (%s)%n", program.name(), program.id());

    // 2. People enroll themselves: two mentors and three mentees.
    enroll(
        mentoring,
        program,
        "ana",
        EnrollmentRole.MENTOR,
        Profile.builder().offers("Java", 5).offers("SQL", 4).seniority(8));
    enroll(
        mentoring,
        program,
        "bo",
        EnrollmentRole.MENTOR,
        Profile.builder().offers("TypeScript", 4).offers("CSS", 3).seniority(6));
    enroll(
        mentoring,
        program,
        "cy",
        EnrollmentRole.MENTEE,
        Profile.builder().seeks("Java", 4).seeks("SQL", 2));
    enroll(
        mentoring, program, "di", EnrollmentRole.MENTEE, Profile.builder().seeks("TypeScript", 3));
    enroll(mentoring, program, "ed", EnrollmentRole.MENTEE, Profile.builder().seeks("Go", 3));
    out.printf("Enrolled %d people%n", mentoring.enrollments().list(admin, program.id()).size());

    // 3. Matching proposes a pair for each mentee, with an explanation.
    mentoring.programs().startMatching(admin, program.id());
    MatchingRun run = mentoring.matching().propose(admin, program.id());
    for (Pair pair : run.proposed()) {
      out.printf(
          "Proposed %s -> %s, score %d: %s%n",
          pair.mentorId(), pair.menteeId(), pair.score(), pair.explanation().contributions());
    }

    // 4. Nobody offers Go, so the administrator retracts ed's weak proposal, enrolls a Go mentor
    //    who signed up late, and pairs them by hand.
    for (Pair pair : run.proposed()) {
      if (pair.score() == 0) {
        mentoring.pairs().retract(admin, pair.id());
        out.printf("Retracted %s -> %s%n", pair.mentorId(), pair.menteeId());
      }
    }
    enroll(mentoring, program, "fay", EnrollmentRole.MENTOR, Profile.builder().offers("Go", 5));
    Pair manual =
        mentoring
            .pairs()
            .propose(admin, program.id(), ParticipantId.of("fay"), ParticipantId.of("ed"));
    out.printf("Paired %s -> %s by hand%n", manual.mentorId(), manual.menteeId());

    // 5. Mentor and mentee accept each pair; the program launches and the pairs become active.
    for (Pair pair : mentoring.pairs().list(admin, program.id())) {
      if (pair.status() == PairStatus.PROPOSED) {
        mentoring.pairs().accept(Actor.participant(pair.mentorId()), pair.id());
        mentoring.pairs().accept(Actor.participant(pair.menteeId()), pair.id());
      }
    }
    mentoring.programs().launch(admin, program.id());
    for (Pair pair : mentoring.pairs().list(admin, program.id())) {
      out.printf("Pair %s -> %s is %s%n", pair.mentorId(), pair.menteeId(), pair.status());
    }

    // 6. Six months later the program closes and its pairs complete.
    Program closed = mentoring.programs().close(admin, program.id());
    long completed =
        mentoring.pairs().list(admin, program.id()).stream()
            .filter(p -> p.status() == PairStatus.COMPLETED)
            .count();
    out.printf("Program is %s with %d completed pairs%n", closed.status(), completed);
    return closed;
  }

  private static Enrollment enroll(
      Mentoring mentoring,
      Program program,
      String who,
      EnrollmentRole role,
      Profile.Builder profile) {
    ParticipantId id = ParticipantId.of(who);
    Application application =
        Application.builder(id, role)
            .profile(profile.languages("en").build())
            .answer("track", Answer.choice(role == EnrollmentRole.MENTOR ? "backend" : "frontend"))
            .build();
    return mentoring.enrollments().apply(Actor.participant(id), program.id(), application);
  }
}
