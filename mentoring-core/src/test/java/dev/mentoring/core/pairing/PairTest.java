package dev.mentoring.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PairTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant T1 = T0.plus(Duration.ofDays(1));
  private static final Instant T2 = T0.plus(Duration.ofDays(2));
  private static final PairId ID = PairId.of("x-1");
  private static final ProgramId PROGRAM = ProgramId.of("p-1");
  private static final ParticipantId MENTOR = ParticipantId.of("mentor");
  private static final ParticipantId MENTEE = ParticipantId.of("mentee");
  private static final Explanation WHY =
      new Explanation(
          List.of(
              new Contribution("skills", 200, "Java, SQL"), new Contribution("language", 15, "en")),
          "test");

  private static Pair proposal(Set<ApprovalSide> required, Set<ApprovalSide> given) {
    return Pair.propose(
        ID,
        PROGRAM,
        MENTOR,
        MENTEE,
        PairOrigin.ALGORITHM,
        WHY,
        required,
        given,
        T0,
        T0.plus(Duration.ofDays(7)));
  }

  private static Pair activeWithExitNote(ParticipantId author) {
    return proposal(Set.of(ApprovalSide.MENTOR), Set.of())
        .approve(ApprovalSide.MENTOR, T0)
        .activate(T1)
        .endEarly(new PairExit(ExitReason.NOT_A_GOOD_FIT, T2, author, "private words"));
  }

  private static Pair pair(
      PairId id,
      long version,
      ProgramId program,
      ParticipantId mentor,
      ParticipantId mentee,
      PairOrigin origin,
      Explanation why,
      Set<ApprovalSide> required,
      Set<ApprovalSide> given,
      PairStatus status,
      Instant proposedAt,
      Instant expiresAt,
      Instant updatedAt) {
    return new Pair(
        id,
        version,
        program,
        mentor,
        mentee,
        origin,
        why,
        required,
        given,
        status,
        proposedAt,
        expiresAt,
        null,
        null,
        null,
        null,
        null,
        updatedAt);
  }

  private static void assertNullRejected(String field, ThrowingCallable construction) {
    assertThatThrownBy(construction)
        .as(field)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(field);
  }

  @Test
  void constructor_nullComponent_throwsNullPointerNamingIt() {
    PairOrigin o = PairOrigin.ADMIN;
    Set<ApprovalSide> n = Set.of();
    PairStatus s = PairStatus.PROPOSED;
    assertNullRejected(
        "id", () -> pair(null, 0, PROGRAM, MENTOR, MENTEE, o, WHY, n, n, s, T0, T1, T0));
    assertNullRejected(
        "programId", () -> pair(ID, 0, null, MENTOR, MENTEE, o, WHY, n, n, s, T0, T1, T0));
    assertNullRejected(
        "mentorId", () -> pair(ID, 0, PROGRAM, null, MENTEE, o, WHY, n, n, s, T0, T1, T0));
    assertNullRejected(
        "menteeId", () -> pair(ID, 0, PROGRAM, MENTOR, null, o, WHY, n, n, s, T0, T1, T0));
    assertNullRejected(
        "origin", () -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, null, WHY, n, n, s, T0, T1, T0));
    assertNullRejected(
        "explanation", () -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, null, n, n, s, T0, T1, T0));
    assertNullRejected(
        "status", () -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, WHY, n, n, null, T0, T1, T0));
    assertNullRejected(
        "proposedAt", () -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, WHY, n, n, s, null, T1, T0));
    assertNullRejected(
        "expiresAt", () -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, WHY, n, n, s, T0, null, T0));
    assertNullRejected(
        "updatedAt", () -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, WHY, n, n, s, T0, T1, null));
    assertThatThrownBy(() -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, WHY, null, n, s, T0, T1, T0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> pair(ID, 0, PROGRAM, MENTOR, MENTEE, o, WHY, n, null, s, T0, T1, T0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructor_negativeVersion_throwsIllegalArgument() {
    assertThatThrownBy(
            () ->
                pair(
                    ID,
                    -1,
                    PROGRAM,
                    MENTOR,
                    MENTEE,
                    PairOrigin.ADMIN,
                    WHY,
                    Set.of(),
                    Set.of(),
                    PairStatus.PROPOSED,
                    T0,
                    T1,
                    T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
  }

  @Test
  void constructor_mentorIsMentee_throwsIllegalArgument() {
    assertThatThrownBy(
            () ->
                pair(
                    ID,
                    0,
                    PROGRAM,
                    MENTOR,
                    MENTOR,
                    PairOrigin.ADMIN,
                    WHY,
                    Set.of(),
                    Set.of(),
                    PairStatus.PROPOSED,
                    T0,
                    T1,
                    T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mentor");
  }

  @Test
  void constructor_copiesApprovalSets() {
    Set<ApprovalSide> required = EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
    Set<ApprovalSide> given = EnumSet.of(ApprovalSide.MENTOR);
    Pair p = proposal(required, given);

    required.add(ApprovalSide.ADMIN);
    given.add(ApprovalSide.MENTEE);

    assertThat(p.requiredApprovals())
        .containsExactlyInAnyOrder(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
    assertThat(p.approvals()).containsExactly(ApprovalSide.MENTOR);
    assertThatThrownBy(() -> p.approvals().add(ApprovalSide.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void propose_buildsAnUnstoredProposal() {
    Pair p =
        proposal(Set.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE), Set.of(ApprovalSide.MENTEE));

    assertThat(p.version()).isZero();
    assertThat(p.status()).isEqualTo(PairStatus.PROPOSED);
    assertThat(p.proposedAt()).isEqualTo(T0);
    assertThat(p.updatedAt()).isEqualTo(T0);
    assertThat(p.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
    assertThat(p.acceptedAt()).isNull();
    assertThat(p.startedAt()).isNull();
    assertThat(p.endedAt()).isNull();
    assertThat(p.exit()).isNull();
    assertThat(p.pendingApprovals()).containsExactly(ApprovalSide.MENTOR);
    assertThat(p.score()).isEqualTo(215);
    assertThat(p.involves(MENTOR)).isTrue();
    assertThat(p.involves(MENTEE)).isTrue();
    assertThat(p.involves(ParticipantId.of("other"))).isFalse();
  }

  @Test
  void propose_everyApprovalGiven_staysProposedUntilConfirmed() {
    Pair p = proposal(Set.of(ApprovalSide.ADMIN), Set.of(ApprovalSide.ADMIN));

    assertThat(p.status()).isEqualTo(PairStatus.PROPOSED);
    assertThat(p.pendingApprovals()).isEmpty();
    Pair confirmed = p.confirm(T1);
    assertThat(confirmed.status()).isEqualTo(PairStatus.ACCEPTED);
    assertThat(confirmed.acceptedAt()).isEqualTo(T1);
  }

  @Test
  void approve_lastRequiredSide_accepts() {
    Pair p = proposal(Set.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE), Set.of());

    Pair half = p.approve(ApprovalSide.MENTEE, T1);
    Pair both = half.approve(ApprovalSide.MENTOR, T2);

    assertThat(half.status()).isEqualTo(PairStatus.PROPOSED);
    assertThat(half.acceptedAt()).isNull();
    assertThat(half.pendingApprovals()).containsExactly(ApprovalSide.MENTOR);
    assertThat(both.status()).isEqualTo(PairStatus.ACCEPTED);
    assertThat(both.acceptedAt()).isEqualTo(T2);
    assertThat(both.pendingApprovals()).isEmpty();
  }

  @Test
  void approve_sameSideTwice_changesNothing() {
    Pair once =
        proposal(Set.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE), Set.of())
            .approve(ApprovalSide.MENTEE, T1);

    assertThat(once.approve(ApprovalSide.MENTEE, T2)).isEqualTo(once);
  }

  @Test
  void withVersion_changesOnlyTheVersion() {
    Pair p = proposal(Set.of(ApprovalSide.MENTOR), Set.of());

    assertThat(p.withVersion(4).version()).isEqualTo(4);
    assertThat(p.withVersion(4)).usingRecursiveComparison().ignoringFields("version").isEqualTo(p);
  }

  @Test
  void visibleTo_noteKeptForItsAuthorOnly() {
    Pair ended = activeWithExitNote(MENTEE);

    assertThat(ended.visibleTo(MENTEE)).isSameAs(ended);
    assertThat(ended.visibleTo(MENTEE).exit().note()).isEqualTo("private words");
    for (ParticipantId viewer : new ParticipantId[] {MENTOR, ParticipantId.of("hr"), null}) {
      Pair seen = ended.visibleTo(viewer);
      assertThat(seen.exit().note()).as("note seen by %s", viewer).isNull();
      assertThat(seen.exit()).isEqualTo(ended.exit().withoutNote());
      assertThat(seen).usingRecursiveComparison().ignoringFields("exit").isEqualTo(ended);
    }
  }

  @Test
  void visibleTo_withoutNote_returnsThePairItself() {
    Pair proposed = proposal(Set.of(ApprovalSide.MENTOR), Set.of());
    Pair expired = proposed.expire(ExitReason.TIMED_OUT, T1);

    assertThat(proposed.visibleTo(MENTOR)).isSameAs(proposed);
    assertThat(expired.visibleTo(null)).isSameAs(expired);
  }

  @Test
  void erase_author_replacesPersonAndRemovesTheirNote() {
    Pair ended = activeWithExitNote(MENTEE);
    ParticipantId pseudonym = ParticipantId.of("erased-1");

    Pair erased = ended.erase(MENTEE, pseudonym, T2.plusSeconds(1));

    assertThat(erased.menteeId()).isEqualTo(pseudonym);
    assertThat(erased.mentorId()).isEqualTo(MENTOR);
    assertThat(erased.exit())
        .isEqualTo(new PairExit(ExitReason.NOT_A_GOOD_FIT, T2, pseudonym, null));
    assertThat(erased.updatedAt()).isEqualTo(T2.plusSeconds(1));
    assertThat(erased)
        .usingRecursiveComparison()
        .ignoringFields("menteeId", "exit", "updatedAt")
        .isEqualTo(ended);
  }

  @Test
  void erase_otherSide_keepsTheAuthorsNote() {
    Pair ended = activeWithExitNote(MENTEE);
    ParticipantId pseudonym = ParticipantId.of("erased-2");

    Pair erased = ended.erase(MENTOR, pseudonym, T2);

    assertThat(erased.mentorId()).isEqualTo(pseudonym);
    assertThat(erased.menteeId()).isEqualTo(MENTEE);
    assertThat(erased.exit()).isEqualTo(ended.exit());
  }

  @Test
  void pairExit_automaticAndWithoutNote() {
    PairExit automatic = PairExit.automatic(ExitReason.MATCHED_ELSEWHERE, T0);
    PairExit noted = new PairExit(ExitReason.PERSONAL, T0, MENTOR, "n");

    assertThat(automatic).isEqualTo(new PairExit(ExitReason.MATCHED_ELSEWHERE, T0, null, null));
    assertThat(automatic.withoutNote()).isSameAs(automatic);
    assertThat(noted.withoutNote()).isEqualTo(new PairExit(ExitReason.PERSONAL, T0, MENTOR, null));
    assertThatThrownBy(() -> new PairExit(null, T0, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
    assertThatThrownBy(() -> new PairExit(ExitReason.OTHER, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
  }

  @Test
  void exitReason_isChoosable_onlyTheNoFaultReasons() {
    Set<ExitReason> choosable =
        EnumSet.of(
            ExitReason.SCHEDULE_CONFLICT,
            ExitReason.ROLE_CHANGE,
            ExitReason.LEFT_ORGANIZATION,
            ExitReason.NOT_A_GOOD_FIT,
            ExitReason.GOALS_MET,
            ExitReason.PERSONAL,
            ExitReason.OTHER);
    for (ExitReason reason : ExitReason.values()) {
      assertThat(reason.isChoosable()).as("%s", reason).isEqualTo(choosable.contains(reason));
    }
  }

  @Test
  void pause_recordsWhenThePauseBegan_resumeAndEndForgetIt() {
    Pair active =
        proposal(Set.of(ApprovalSide.MENTOR), Set.of())
            .approve(ApprovalSide.MENTOR, T0)
            .activate(T1);
    assertThat(active.pausedAt()).isNull();

    Pair paused = active.pause(T2);
    assertThat(paused.pausedAt()).isEqualTo(T2);
    assertThat(paused.withVersion(3).pausedAt()).isEqualTo(T2);
    assertThat(paused.erase(MENTOR, ParticipantId.of("erased-x"), T2.plusSeconds(5)).pausedAt())
        .isEqualTo(T2);

    Instant later = T2.plus(Duration.ofDays(3));
    assertThat(paused.resume(later).pausedAt()).isNull();
    assertThat(paused.complete(later).pausedAt()).isNull();
    assertThat(paused.endEarly(new PairExit(ExitReason.PERSONAL, later, MENTEE, null)).pausedAt())
        .isNull();
    assertThat(paused.resume(later).pause(later.plusSeconds(60)).pausedAt())
        .isEqualTo(later.plusSeconds(60));
  }

  @Test
  void constructor_pausedAtOutsidePause_throwsIllegalArgumentNamingIt() {
    Pair active =
        proposal(Set.of(ApprovalSide.MENTOR), Set.of())
            .approve(ApprovalSide.MENTOR, T0)
            .activate(T1);

    assertThatThrownBy(
            () ->
                new Pair(
                    active.id(),
                    active.version(),
                    active.programId(),
                    active.mentorId(),
                    active.menteeId(),
                    active.origin(),
                    active.explanation(),
                    active.requiredApprovals(),
                    active.approvals(),
                    PairStatus.ACTIVE,
                    active.proposedAt(),
                    active.expiresAt(),
                    active.acceptedAt(),
                    active.startedAt(),
                    T2,
                    null,
                    null,
                    T2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pausedAt is set only while the pair is PAUSED, but it is ACTIVE");
  }
}
