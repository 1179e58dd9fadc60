package dev.mentoring.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.testing.JsonGens;
import dev.mentoring.json.testing.JsonGens.Family;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CodecsTest {

  @TestFactory
  @DisplayName("every codec round-trips through a tree and the tree reader, without Jackson")
  Stream<DynamicTest> roundTripsThroughTrees() {
    return JsonGens.all().stream()
        .map(f -> DynamicTest.dynamicTest(f.type().getSimpleName(), () -> roundTrip(f)));
  }

  private static <T> void roundTrip(Family<T> family) {
    Codec<T> codec = Objects.requireNonNull(Codecs.find(family.type()));
    qt().withFixedSeed(0x7_2026L)
        .withExamples(100)
        .forAll(family.gen())
        .checkAssert(
            value -> {
              JsonValue tree = TreeWriter.write(codec, value);
              ListTokens tokens = ListTokens.of(tree);
              JsonValue read = JsonTreeReader.read(tokens, JsonReadOptions.defaults(), Path.root());
              assertThat(tokens.atLastToken()).isTrue();
              assertThat(read).isEqualTo(tree);
              T back = codec.read(read, Path.root(), JsonReadOptions.defaults());
              assertThat(back).isEqualTo(value);
              assertThat(TreeWriter.write(codec, back)).isEqualTo(tree);
            });
  }

  @Test
  @DisplayName("the type names of the sealed types are the documented ones")
  void typeNames() {
    assertThat(MessageCodecs.EVENT.names())
        .containsExactly(
            "program_created.v1",
            "program_updated.v1",
            "program_status_changed.v1",
            "enrollment_submitted.v1",
            "enrollment_updated.v1",
            "enrollment_status_changed.v1",
            "pair_proposed.v1",
            "pair_approved.v1",
            "pair_status_changed.v1",
            "participant_erased.v1",
            "goal_created.v1",
            "goal_updated.v1",
            "goal_status_changed.v1",
            "meeting_scheduled.v1",
            "meeting_logged.v1",
            "meeting_rescheduled.v1",
            "meeting_status_changed.v1",
            "meeting_notes_updated.v1",
            "meeting_rated.v1",
            "survey_created.v1",
            "survey_revised.v1",
            "survey_status_changed.v1",
            "survey_response_submitted.v1",
            "resource_added.v1",
            "resource_revised.v1",
            "resource_removed.v1");
    assertThat(MessageCodecs.NOTIFICATION.names())
        .containsExactly(
            "match_proposed.v1",
            "match_confirmed.v1",
            "proposal_awaiting_answer.v1",
            "proposal_expiring.v1",
            "enrollment_decided.v1",
            "program_phase_changed.v1",
            "meeting_invitation.v1",
            "meeting_moved.v1",
            "meeting_cancelled.v1",
            "poor_fit_reported.v1",
            "meeting_reminder.v1",
            "meeting_follow_up.v1",
            "inactivity_nudge.v1",
            "inactivity_escalation.v1",
            "goal_due.v1",
            "milestone_due.v1",
            "survey_invitation.v1",
            "survey_reminder.v1");
    assertThat(CoreCodecs.ANSWER.names())
        .containsExactly("text.v1", "number.v1", "choice.v1", "yes_no.v1");
    assertThat(MessageCodecs.ACTOR.names()).containsExactly("participant.v1", "system.v1");
    assertThat(FeedbackCodecs.QUESTION_SUMMARY.names())
        .containsExactly("rating.v1", "nps.v1", "choice.v1", "text.v1");
  }

  @Test
  @DisplayName("every permitted subtype of every sealed type has a type name")
  void sealedTablesAreComplete() {
    for (Class<?> base :
        List.of(
            MentoringEvent.class,
            Notification.class,
            Answer.class,
            Actor.class,
            QuestionSummary.class)) {
      SealedCodec<?> codec = Codecs.sealed().get(base);
      assertThat(codec).as(base.getName()).isNotNull();
      assertThat(List.<Class<?>>copyOf(codec.subtypes()))
          .containsExactlyInAnyOrder(base.getPermittedSubclasses());
    }
  }

  @Test
  @DisplayName("the table covers no class twice and answers null for other classes")
  void table() {
    assertThat(Codecs.find(String.class)).isNull();
    assertThat(Codecs.findKey(dev.mentoring.core.pairing.Pair.class)).isNull();
    assertThat(Codecs.findKey(ProgramId.class)).isSameAs(Scalars.PROGRAM_ID);
    assertThat(Codecs.classes()).hasSize(JsonGens.all().size());
  }

  @Test
  @DisplayName("a sealed codec refuses duplicate names and unknown subtypes")
  void sealedCodecMisuse() {
    RecordCodec<ProgramCreated> fields =
        RecordCodec.of(
            (v, o) -> o.put("programId", Scalars.PROGRAM_ID, v.programId()),
            in -> new ProgramCreated(in.get("programId", Scalars.PROGRAM_ID), Instant.EPOCH));
    assertThatThrownBy(
            () ->
                SealedCodec.builder(MentoringEvent.class)
                    .add("a.v1", ProgramCreated.class, fields)
                    .add("a.v1", ProgramCreated.class, fields)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.v1");
    SealedCodec<MentoringEvent> one =
        SealedCodec.builder(MentoringEvent.class).add("a.v1", ProgramCreated.class, fields).build();
    assertThatThrownBy(() -> one.nameOf(PairProposed.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                one.write(
                    new PairProposed(
                        PairId.of("x"),
                        ProgramId.of("p"),
                        ParticipantId.of("a"),
                        ParticipantId.of("b"),
                        PairOrigin.ADMIN,
                        1,
                        Instant.EPOCH),
                    new TreeWriter()))
        .isInstanceOf(IllegalStateException.class);
  }
}
