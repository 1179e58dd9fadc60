package dev.mentoring.core.goal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A mentee's goal within a pair: SMART fields, milestones, progress and check-ins. Immutable; the
 * verbs return a changed copy and throw {@link IllegalTransitionException} when the lifecycle
 * forbids the move. Content verbs (revising, milestones, progress, check-ins) need an open goal
 * (DRAFT or ACTIVE) and report a closed one as a refused move to ACTIVE.
 *
 * <p>In {@link ProgressMode#MILESTONES} the progress always equals {@link #milestoneProgress(List)}
 * of the milestones; the constructor enforces it.
 *
 * @param id the goal's id
 * @param version the store's version, 0 before first insert
 * @param programId the pair's program
 * @param pairId the pair the goal belongs to
 * @param ownerId whose goal it is: the pair's mentee
 * @param title what the goal is; empty only after the owner's data was erased
 * @param measure how success is measured; empty only after the owner's data was erased
 * @param description more detail, possibly empty
 * @param targetDate when the goal should be reached
 * @param milestones the steps towards it, in the order written
 * @param progressMode how progress is set
 * @param progress how far the goal is, 0 to 100
 * @param visibility who besides the pair may read the goal
 * @param status the lifecycle state
 * @param checkIns notes on how it is going, oldest first
 * @param createdAt when the goal was created
 * @param updatedAt when the goal last changed
 * @param closedAt when the goal was achieved or abandoned, or {@code null} while it is open
 * @param abandonReason why it was abandoned, or {@code null}; only an ABANDONED goal has one
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Goal(
    GoalId id,
    long version,
    ProgramId programId,
    PairId pairId,
    ParticipantId ownerId,
    String title,
    String measure,
    String description,
    LocalDate targetDate,
    List<Milestone> milestones,
    ProgressMode progressMode,
    int progress,
    GoalVisibility visibility,
    GoalStatus status,
    List<CheckIn> checkIns,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant closedAt,
    @Nullable String abandonReason) {

  /**
   * Checks the components and copies the lists.
   *
   * @param id the goal's id
   * @param version the store's version, 0 before first insert
   * @param programId the pair's program
   * @param pairId the pair the goal belongs to
   * @param ownerId whose goal it is: the pair's mentee
   * @param title what the goal is; empty only after the owner's data was erased
   * @param measure how success is measured; empty only after the owner's data was erased
   * @param description more detail, possibly empty
   * @param targetDate when the goal should be reached
   * @param milestones the steps towards it, in the order written
   * @param progressMode how progress is set
   * @param progress how far the goal is, 0 to 100
   * @param visibility who besides the pair may read the goal
   * @param status the lifecycle state
   * @param checkIns notes on how it is going, oldest first
   * @param createdAt when the goal was created
   * @param updatedAt when the goal last changed
   * @param closedAt when the goal was achieved or abandoned, or {@code null} while it is open
   * @param abandonReason why it was abandoned, or {@code null}; only an ABANDONED goal has one
   * @throws NullPointerException if a non-nullable component or a list element is null
   * @throws IllegalArgumentException if {@code version} is negative, {@code progress} is outside 0
   *     to 100 or disagrees with the milestones in {@link ProgressMode#MILESTONES}, {@code
   *     closedAt} is set on an open goal or missing on a closed one, or {@code abandonReason} is
   *     set on a goal that is not ABANDONED
   */
  public Goal {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(ownerId, "ownerId");
    requireNonNull(title, "title");
    requireNonNull(measure, "measure");
    requireNonNull(description, "description");
    requireNonNull(targetDate, "targetDate");
    milestones = List.copyOf(milestones);
    requireNonNull(progressMode, "progressMode");
    checkProgress(progress);
    if (progressMode == ProgressMode.MILESTONES && progress != milestoneProgress(milestones)) {
      throw new IllegalArgumentException(
          "progress is " + progress + " but the milestones give " + milestoneProgress(milestones));
    }
    requireNonNull(visibility, "visibility");
    requireNonNull(status, "status");
    checkIns = List.copyOf(checkIns);
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if ((closedAt == null) != status.isOpen()) {
      throw new IllegalArgumentException(
          "closedAt must be set exactly when the goal is closed; status is " + status);
    }
    if (abandonReason != null && status != GoalStatus.ABANDONED) {
      throw new IllegalArgumentException(
          "only an ABANDONED goal has a reason; status is " + status);
    }
  }

  static int checkProgress(int progress) {
    if (progress < 0 || progress > 100) {
      throw new IllegalArgumentException("progress is outside 0 to 100: " + progress);
    }
    return progress;
  }

  /**
   * Returns the progress that milestones give: completed milestones × 100 / milestones, rounded
   * down; 0 without milestones.
   *
   * @param milestones the milestones
   * @return the progress, 0 to 100
   */
  public static int milestoneProgress(List<Milestone> milestones) {
    if (milestones.isEmpty()) {
      return 0;
    }
    int completed = 0;
    for (Milestone m : milestones) {
      if (m.isCompleted()) {
        completed++;
      }
    }
    return completed * 100 / milestones.size();
  }

  /**
   * Returns a new DRAFT goal written from a draft, with every milestone open and progress 0. The
   * caller has checked the draft.
   *
   * @param id the goal's id
   * @param programId the pair's program
   * @param pairId the pair
   * @param ownerId the pair's mentee
   * @param draft what was written
   * @param at when
   * @return the goal, with version 0
   */
  public static Goal draft(
      GoalId id,
      ProgramId programId,
      PairId pairId,
      ParticipantId ownerId,
      GoalDraft draft,
      Instant at) {
    List<Milestone> milestones = new ArrayList<>();
    for (MilestoneDraft m : draft.milestones()) {
      milestones.add(Milestone.open(m.title(), m.dueDate()));
    }
    return new Goal(
        id,
        0,
        programId,
        pairId,
        ownerId,
        draft.title(),
        draft.measure(),
        draft.description(),
        draft.targetDate(),
        milestones,
        draft.progressMode(),
        0,
        draft.visibility(),
        GoalStatus.DRAFT,
        List.of(),
        at,
        at,
        null,
        null);
  }

  /**
   * Tells whether the program's administrators may read this goal.
   *
   * @return whether the visibility is {@link GoalVisibility#SHARED_WITH_ADMINS}
   */
  public boolean isSharedWithAdmins() {
    return visibility == GoalVisibility.SHARED_WITH_ADMINS;
  }

  /**
   * Returns this goal with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Goal withVersion(long newVersion) {
    return new Goal(
        id,
        newVersion,
        programId,
        pairId,
        ownerId,
        title,
        measure,
        description,
        targetDate,
        milestones,
        progressMode,
        progress,
        visibility,
        status,
        checkIns,
        createdAt,
        updatedAt,
        closedAt,
        abandonReason);
  }

  // ---------------------------------------------------------------------- content

  /**
   * Replaces the SMART fields, milestones, progress mode and visibility with a revised draft. A
   * milestone whose title was already there keeps its completion; the others start open. In {@link
   * ProgressMode#MILESTONES} the progress follows the new milestones; in {@link
   * ProgressMode#MANUAL} it stays as it was.
   *
   * @param draft the revision
   * @param at when
   * @return the revised goal
   * @throws IllegalTransitionException if the goal is closed (reported as a move to ACTIVE)
   */
  public Goal revise(GoalDraft draft, Instant at) {
    requireNonNull(draft, "draft");
    requireOpen();
    Map<String, Milestone> byTitle = new HashMap<>();
    for (Milestone m : milestones) {
      byTitle.putIfAbsent(m.title(), m);
    }
    List<Milestone> revised = new ArrayList<>();
    for (MilestoneDraft m : draft.milestones()) {
      Milestone old = byTitle.get(m.title());
      revised.add(new Milestone(m.title(), m.dueDate(), old == null ? null : old.completedAt()));
    }
    ProgressMode mode = draft.progressMode();
    return with(
        draft.title(),
        draft.measure(),
        draft.description(),
        draft.targetDate(),
        revised,
        mode,
        mode == ProgressMode.MILESTONES ? milestoneProgress(revised) : progress,
        draft.visibility(),
        status,
        checkIns,
        at,
        closedAt,
        abandonReason);
  }

  /**
   * Completes a milestone. Completing a completed milestone changes nothing.
   *
   * @param index the milestone's position, from 0
   * @param at when
   * @return the changed goal, or this goal if the milestone was already completed
   * @throws IllegalTransitionException if the goal is closed (reported as a move to ACTIVE)
   * @throws IndexOutOfBoundsException if there is no milestone at {@code index}
   */
  public Goal completeMilestone(int index, Instant at) {
    requireNonNull(at, "at");
    requireOpen();
    Milestone m = milestones.get(index);
    return m.isCompleted() ? this : withMilestone(index, m.complete(at), at);
  }

  /**
   * Reopens a completed milestone. Reopening an open milestone changes nothing.
   *
   * @param index the milestone's position, from 0
   * @param at when
   * @return the changed goal, or this goal if the milestone was open
   * @throws IllegalTransitionException if the goal is closed (reported as a move to ACTIVE)
   * @throws IndexOutOfBoundsException if there is no milestone at {@code index}
   */
  public Goal reopenMilestone(int index, Instant at) {
    requireNonNull(at, "at");
    requireOpen();
    Milestone m = milestones.get(index);
    return m.isCompleted() ? withMilestone(index, m.reopen(), at) : this;
  }

  private Goal withMilestone(int index, Milestone changed, Instant at) {
    List<Milestone> list = new ArrayList<>(milestones);
    list.set(index, changed);
    return with(
        title,
        measure,
        description,
        targetDate,
        list,
        progressMode,
        progressMode == ProgressMode.MILESTONES ? milestoneProgress(list) : progress,
        visibility,
        status,
        checkIns,
        at,
        closedAt,
        abandonReason);
  }

  /**
   * Sets the progress by hand. Setting the current value changes nothing.
   *
   * @param newProgress the progress, 0 to 100
   * @param at when
   * @return the changed goal, or this goal if the progress is unchanged
   * @throws IllegalTransitionException if the goal is closed (reported as a move to ACTIVE)
   * @throws IllegalStateException if the progress follows the milestones
   * @throws IllegalArgumentException if {@code newProgress} is outside 0 to 100
   */
  public Goal withProgress(int newProgress, Instant at) {
    requireNonNull(at, "at");
    requireOpen();
    requireManual();
    checkProgress(newProgress);
    if (newProgress == progress) {
      return this;
    }
    return with(
        title,
        measure,
        description,
        targetDate,
        milestones,
        progressMode,
        newProgress,
        visibility,
        status,
        checkIns,
        at,
        closedAt,
        abandonReason);
  }

  /**
   * Adds a check-in, optionally setting the progress.
   *
   * @param author who writes it
   * @param note what they write
   * @param newProgress the progress to set, or {@code null} to keep it
   * @param at when
   * @return the changed goal
   * @throws IllegalTransitionException if the goal is closed (reported as a move to ACTIVE)
   * @throws IllegalStateException if a progress is given but the progress follows the milestones
   * @throws IllegalArgumentException if {@code newProgress} is outside 0 to 100
   */
  public Goal checkIn(
      ParticipantId author, String note, @Nullable Integer newProgress, Instant at) {
    requireNonNull(author, "author");
    requireNonNull(note, "note");
    requireNonNull(at, "at");
    requireOpen();
    int p = progress;
    if (newProgress != null) {
      requireManual();
      p = checkProgress(newProgress);
    }
    List<CheckIn> list = new ArrayList<>(checkIns);
    list.add(new CheckIn(at, author, note, p));
    return with(
        title,
        measure,
        description,
        targetDate,
        milestones,
        progressMode,
        p,
        visibility,
        status,
        list,
        at,
        closedAt,
        abandonReason);
  }

  /**
   * Changes who besides the pair may read the goal, in any state. Setting the current visibility
   * changes nothing.
   *
   * @param newVisibility the visibility
   * @param at when
   * @return the changed goal, or this goal if the visibility is unchanged
   */
  public Goal share(GoalVisibility newVisibility, Instant at) {
    requireNonNull(newVisibility, "visibility");
    requireNonNull(at, "at");
    if (newVisibility == visibility) {
      return this;
    }
    return with(
        title,
        measure,
        description,
        targetDate,
        milestones,
        progressMode,
        progress,
        newVisibility,
        status,
        checkIns,
        at,
        closedAt,
        abandonReason);
  }

  // -------------------------------------------------------------------- lifecycle

  /**
   * Agrees on the goal: DRAFT → ACTIVE.
   *
   * @param at when
   * @return the moved goal
   * @throws IllegalTransitionException if the goal is not DRAFT
   */
  public Goal activate(Instant at) {
    return move(GoalStatus.ACTIVE, progress, at, null, null);
  }

  /**
   * Marks the goal reached: ACTIVE → ACHIEVED. In {@link ProgressMode#MANUAL} the progress becomes
   * 100; in {@link ProgressMode#MILESTONES} it stays what the milestones give, as open milestones
   * are not completed on the pair's behalf.
   *
   * @param at when
   * @return the moved goal
   * @throws IllegalTransitionException if the goal is not ACTIVE
   */
  public Goal achieve(Instant at) {
    return move(
        GoalStatus.ACHIEVED, progressMode == ProgressMode.MANUAL ? 100 : progress, at, at, null);
  }

  /**
   * Gives the goal up: DRAFT or ACTIVE → ABANDONED.
   *
   * @param reason why, or {@code null}
   * @param at when
   * @return the moved goal
   * @throws IllegalTransitionException if the goal is closed
   */
  public Goal abandon(@Nullable String reason, Instant at) {
    return move(GoalStatus.ABANDONED, progress, at, at, reason);
  }

  private Goal move(
      GoalStatus next,
      int newProgress,
      Instant at,
      @Nullable Instant newClosedAt,
      @Nullable String reason) {
    requireNonNull(at, "at");
    Transitions.GOAL.check(id, status, next);
    return with(
        title,
        measure,
        description,
        targetDate,
        milestones,
        progressMode,
        newProgress,
        visibility,
        next,
        checkIns,
        at,
        newClosedAt,
        reason);
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalTransitionException(id, status, GoalStatus.ACTIVE);
    }
  }

  private void requireManual() {
    if (progressMode != ProgressMode.MANUAL) {
      throw new IllegalStateException("the progress of goal " + id + " follows its milestones");
    }
  }

  // ---------------------------------------------------------------------- privacy

  /**
   * Returns this goal with a person replaced by a pseudonym and the text they wrote removed; used
   * when erasing personal data. If the person owns the goal, its title, measure, description,
   * milestone titles, check-in notes and abandon reason are emptied; otherwise only the notes of
   * their own check-ins are. Dates, progress, states and counts stay.
   *
   * @param person the person to replace
   * @param pseudonym the replacement key
   * @param at when
   * @return the copy, or this goal if the person appears nowhere in it
   */
  public Goal erase(ParticipantId person, ParticipantId pseudonym, Instant at) {
    requireNonNull(person, "person");
    requireNonNull(pseudonym, "pseudonym");
    requireNonNull(at, "at");
    boolean owner = ownerId.equals(person);
    boolean changed = owner;
    List<CheckIn> list = new ArrayList<>();
    for (CheckIn c : checkIns) {
      boolean mine = c.author().equals(person);
      changed |= mine;
      list.add(
          new CheckIn(
              c.at(), mine ? pseudonym : c.author(), owner || mine ? "" : c.note(), c.progress()));
    }
    if (!changed) {
      return this;
    }
    List<Milestone> steps = new ArrayList<>();
    for (Milestone m : milestones) {
      steps.add(owner ? new Milestone("", m.dueDate(), m.completedAt()) : m);
    }
    return new Goal(
        id,
        version,
        programId,
        pairId,
        owner ? pseudonym : ownerId,
        owner ? "" : title,
        owner ? "" : measure,
        owner ? "" : description,
        targetDate,
        steps,
        progressMode,
        progress,
        visibility,
        status,
        list,
        createdAt,
        at,
        closedAt,
        owner ? null : abandonReason);
  }

  /** This goal with everything but its identity, owner and creation time replaced. */
  private Goal with(
      String newTitle,
      String newMeasure,
      String newDescription,
      LocalDate newTargetDate,
      List<Milestone> newMilestones,
      ProgressMode newMode,
      int newProgress,
      GoalVisibility newVisibility,
      GoalStatus newStatus,
      List<CheckIn> newCheckIns,
      Instant newUpdatedAt,
      @Nullable Instant newClosedAt,
      @Nullable String newAbandonReason) {
    return new Goal(
        id,
        version,
        programId,
        pairId,
        ownerId,
        newTitle,
        newMeasure,
        newDescription,
        newTargetDate,
        newMilestones,
        newMode,
        newProgress,
        newVisibility,
        newStatus,
        newCheckIns,
        createdAt,
        newUpdatedAt,
        newClosedAt,
        newAbandonReason);
  }
}
