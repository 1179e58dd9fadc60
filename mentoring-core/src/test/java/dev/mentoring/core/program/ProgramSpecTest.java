package dev.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ProgramSpecTest {
  private static final ParticipantId HR = ParticipantId.of("hr-1");

  private static ProgramSpec spec(
      String name,
      String description,
      List<String> objectives,
      ProgramFormat format,
      Schedule schedule,
      MeetingCadence cadence,
      EnrollmentForm form,
      MatchingPolicy matching,
      ReminderPolicy reminders,
      Set<ParticipantId> admins) {
    return new ProgramSpec(
        name,
        description,
        objectives,
        format,
        schedule,
        cadence,
        form,
        matching,
        reminders,
        true,
        admins,
        HealthPolicy.defaults());
  }

  private static void assertNullRejected(String field, ThrowingCallable construction) {
    assertThatThrownBy(construction)
        .as(field)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(field);
  }

  @Test
  void builder_defaults_matchDocumentation() {
    ProgramSpec spec = ProgramSpec.builder("Onboarding").build();

    assertThat(spec.name()).isEqualTo("Onboarding");
    assertThat(spec.description()).isEmpty();
    assertThat(spec.objectives()).isEmpty();
    assertThat(spec.format()).isEqualTo(ProgramFormat.ONE_TO_ONE);
    assertThat(spec.schedule()).isEqualTo(Schedule.open());
    assertThat(spec.cadence()).isEqualTo(MeetingCadence.everyDays(14));
    assertThat(spec.form()).isEqualTo(EnrollmentForm.empty());
    assertThat(spec.matchingPolicy()).isEqualTo(MatchingPolicy.defaults());
    assertThat(spec.reminderPolicy()).isEqualTo(ReminderPolicy.defaults());
    assertThat(spec.enrollmentApprovalRequired()).isTrue();
    assertThat(spec.admins()).isEmpty();
    assertThat(spec.healthPolicy()).isEqualTo(HealthPolicy.defaults());
  }

  @Test
  void builder_setters_fillEveryComponent() {
    Schedule schedule = Schedule.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30));
    EnrollmentForm form = EnrollmentForm.of(Question.text("goals", "Your goals"));
    MatchingPolicy policy = MatchingPolicy.defaults().withMaxMentorsPerMentee(2);
    ReminderPolicy reminders =
        ReminderPolicy.defaults()
            .withAnswerReminderAfter(Duration.ofDays(3))
            .withExpiryWarningBefore(Duration.ofHours(12));
    HealthPolicy health = HealthPolicy.defaults().withLowRating(3);

    ProgramSpec spec =
        ProgramSpec.builder("First")
            .name("Second")
            .description("A pilot")
            .objective("grow")
            .objective("share")
            .format(ProgramFormat.PEER)
            .schedule(schedule)
            .cadence(MeetingCadence.everyDays(7))
            .form(form)
            .matchingPolicy(policy)
            .reminderPolicy(reminders)
            .enrollmentApprovalRequired(false)
            .admin(HR)
            .healthPolicy(health)
            .build();

    assertThat(spec)
        .isEqualTo(
            new ProgramSpec(
                "Second",
                "A pilot",
                List.of("grow", "share"),
                ProgramFormat.PEER,
                schedule,
                MeetingCadence.everyDays(7),
                form,
                policy,
                reminders,
                false,
                Set.of(HR),
                health));
  }

  @Test
  void toBuilder_roundTripsAndChangesOnlyWhatIsSet() {
    ProgramSpec spec =
        ProgramSpec.builder("Pilot")
            .objective("grow")
            .admin(HR)
            .enrollmentApprovalRequired(false)
            .healthPolicy(HealthPolicy.defaults().withInactiveAfter(Duration.ofDays(60)))
            .build();

    assertThat(spec.toBuilder().build()).isEqualTo(spec);
    ProgramSpec renamed = spec.toBuilder().name("Renamed").build();
    assertThat(renamed.name()).isEqualTo("Renamed");
    assertThat(renamed.objectives()).isEqualTo(spec.objectives());
    assertThat(renamed.admins()).isEqualTo(spec.admins());
    assertThat(spec.name()).isEqualTo("Pilot");
  }

  @Test
  void builder_reusedAfterBuild_doesNotChangeBuiltSpec() {
    ProgramSpec.Builder builder = ProgramSpec.builder("Pilot").objective("one").admin(HR);
    ProgramSpec first = builder.build();

    builder.objective("two").admin(ParticipantId.of("hr-2"));
    ProgramSpec second = builder.build();

    assertThat(first.objectives()).containsExactly("one");
    assertThat(first.admins()).containsExactly(HR);
    assertThat(second.objectives()).containsExactly("one", "two");
    assertThat(second.admins()).hasSize(2);
  }

  @Test
  void builderAdmins_replacesAdministrators() {
    ProgramSpec spec =
        ProgramSpec.builder("Pilot")
            .admin(HR)
            .admins(List.of(ParticipantId.of("a"), ParticipantId.of("b")))
            .build();

    assertThat(spec.admins())
        .containsExactlyInAnyOrder(ParticipantId.of("a"), ParticipantId.of("b"));
  }

  @Test
  void constructor_copiesCollections() {
    List<String> objectives = new ArrayList<>(List.of("grow"));
    Set<ParticipantId> admins = new LinkedHashSet<>(Set.of(HR));
    ProgramSpec spec =
        spec(
            "Pilot",
            "",
            objectives,
            ProgramFormat.ONE_TO_ONE,
            Schedule.open(),
            MeetingCadence.everyDays(14),
            EnrollmentForm.empty(),
            MatchingPolicy.defaults(),
            ReminderPolicy.defaults(),
            admins);

    objectives.add("more");
    admins.add(ParticipantId.of("intruder"));

    assertThat(spec.objectives()).containsExactly("grow");
    assertThat(spec.admins()).containsExactly(HR);
    assertThatThrownBy(() -> spec.objectives().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.admins().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullComponent_throwsNullPointerNamingIt() {
    List<String> o = List.of();
    ProgramFormat f = ProgramFormat.ONE_TO_ONE;
    Schedule s = Schedule.open();
    MeetingCadence c = MeetingCadence.everyDays(14);
    EnrollmentForm form = EnrollmentForm.empty();
    MatchingPolicy m = MatchingPolicy.defaults();
    ReminderPolicy r = ReminderPolicy.defaults();
    Set<ParticipantId> a = Set.of();
    assertNullRejected("name", () -> spec(null, "", o, f, s, c, form, m, r, a));
    assertNullRejected("description", () -> spec("n", null, o, f, s, c, form, m, r, a));
    assertNullRejected("format", () -> spec("n", "", o, null, s, c, form, m, r, a));
    assertNullRejected("schedule", () -> spec("n", "", o, f, null, c, form, m, r, a));
    assertNullRejected("cadence", () -> spec("n", "", o, f, s, null, form, m, r, a));
    assertNullRejected("form", () -> spec("n", "", o, f, s, c, null, m, r, a));
    assertNullRejected("matchingPolicy", () -> spec("n", "", o, f, s, c, form, null, r, a));
    assertNullRejected("reminderPolicy", () -> spec("n", "", o, f, s, c, form, m, null, a));
    assertNullRejected(
        "healthPolicy", () -> new ProgramSpec("n", "", o, f, s, c, form, m, r, true, a, null));
    // Collections are copied with List.copyOf/Set.copyOf, which reject null (without a name).
    assertThatThrownBy(() -> spec("n", "", null, f, s, c, form, m, r, a))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> spec("n", "", o, f, s, c, form, m, r, null))
        .isInstanceOf(NullPointerException.class);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> spec("n", "", withNull, f, s, c, form, m, r, a))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builder_nullArgument_throwsNullPointerNamingIt() {
    ProgramSpec.Builder b = ProgramSpec.builder("Pilot");
    assertNullRejected("name", () -> ProgramSpec.builder(null));
    assertNullRejected("name", () -> b.name(null));
    assertNullRejected("description", () -> b.description(null));
    assertNullRejected("objective", () -> b.objective(null));
    assertNullRejected("format", () -> b.format(null));
    assertNullRejected("schedule", () -> b.schedule(null));
    assertNullRejected("cadence", () -> b.cadence(null));
    assertNullRejected("form", () -> b.form(null));
    assertNullRejected("matchingPolicy", () -> b.matchingPolicy(null));
    assertNullRejected("reminderPolicy", () -> b.reminderPolicy(null));
    assertNullRejected("admin", () -> b.admin(null));
    assertNullRejected("healthPolicy", () -> b.healthPolicy(null));
  }
}
