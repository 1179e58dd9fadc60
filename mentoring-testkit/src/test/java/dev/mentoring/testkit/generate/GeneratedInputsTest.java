package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Generated input records pass the engine's own checks (Jakarta constraints and the rules that span
 * components), so a test that feeds them to the engine tests the engine, not the generator.
 */
class GeneratedInputsTest {
  private static final Actor SYSTEM = Actor.system();

  private final Mentoring mentoring =
      Mentoring.builder()
          .store(new InMemoryMentoringStore())
          .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC))
          .build();

  @Test
  void programSpecsAndApplicationsForThem_areAccepted() {
    int enrolled = 0;
    for (long seed = 0; seed < 150; seed++) {
      int size = (int) (seed % 13);
      ProgramSpec spec = DomainGenerators.programSpecs().generate(seed, size);
      Program program = mentoring.programs().create(SYSTEM, spec);
      assertThat(program.spec()).isEqualTo(spec);
      mentoring.programs().openEnrollment(SYSTEM, program.id());

      Application application = DomainGenerators.applications(spec).generate(seed, size);
      Enrollment e = mentoring.enrollments().apply(SYSTEM, program.id(), application);

      assertThat(e.participantId()).isEqualTo(application.participantId());
      assertThat(e.status())
          .isEqualTo(
              spec.enrollmentApprovalRequired()
                  ? EnrollmentStatus.APPLIED
                  : EnrollmentStatus.APPROVED);
      enrolled++;
    }
    assertThat(enrolled).isEqualTo(150);
  }

  @Test
  void profiles_areAcceptedAsProfileUpdates() {
    Program program = mentoring.programs().create(SYSTEM, ProgramSpec.builder("Profiles").build());
    mentoring.programs().openEnrollment(SYSTEM, program.id());
    Enrollment e =
        mentoring
            .enrollments()
            .apply(
                SYSTEM,
                program.id(),
                Application.builder(ParticipantId.of("applicant"), EnrollmentRole.MENTOR).build());

    for (long seed = 0; seed < 150; seed++) {
      var profile = DomainGenerators.profiles().generate(seed, (int) (seed % 40));
      assertThat(mentoring.enrollments().updateProfile(SYSTEM, e.id(), profile).profile())
          .isEqualTo(profile);
    }
  }

  @Test
  void programs_reachEveryStatusWithTimesInOrder() {
    var statuses = java.util.EnumSet.noneOf(ProgramStatus.class);
    for (Program p : DomainGenerators.programs().generate(1L, 4, 200)) {
      assertThat(p.updatedAt()).isAfterOrEqualTo(p.createdAt());
      statuses.add(p.status());
    }
    assertThat(statuses).containsExactlyInAnyOrder(ProgramStatus.values());
  }
}
