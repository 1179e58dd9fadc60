package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The transition tables of every lifecycle: for each state, the states it may move to. A state with
 * no outgoing transitions is terminal. This is the single source of truth; the status enums and the
 * aggregates' verbs delegate here.
 *
 * @param <S> the status type
 */
public final class Transitions<S extends Enum<S>> {

  /** Program: DRAFT → ENROLLING → MATCHING → RUNNING → CLOSED → ARCHIVED. */
  public static final Transitions<ProgramStatus> PROGRAM =
      new Builder<>(ProgramStatus.class)
          .allow(ProgramStatus.DRAFT, ProgramStatus.ENROLLING, ProgramStatus.CLOSED)
          .allow(ProgramStatus.ENROLLING, ProgramStatus.MATCHING, ProgramStatus.CLOSED)
          .allow(
              ProgramStatus.MATCHING,
              ProgramStatus.RUNNING,
              ProgramStatus.ENROLLING,
              ProgramStatus.CLOSED)
          .allow(ProgramStatus.RUNNING, ProgramStatus.CLOSED)
          .allow(ProgramStatus.CLOSED, ProgramStatus.ARCHIVED)
          .build();

  /** Enrollment: APPLIED → APPROVED / WAITLISTED / REJECTED; any open state → WITHDRAWN. */
  public static final Transitions<EnrollmentStatus> ENROLLMENT =
      new Builder<>(EnrollmentStatus.class)
          .allow(
              EnrollmentStatus.APPLIED,
              EnrollmentStatus.APPROVED,
              EnrollmentStatus.WAITLISTED,
              EnrollmentStatus.REJECTED,
              EnrollmentStatus.WITHDRAWN)
          .allow(
              EnrollmentStatus.WAITLISTED,
              EnrollmentStatus.APPROVED,
              EnrollmentStatus.REJECTED,
              EnrollmentStatus.WITHDRAWN)
          .allow(EnrollmentStatus.APPROVED, EnrollmentStatus.WITHDRAWN)
          .build();

  /** Pair: PROPOSED → ACCEPTED → ACTIVE ⇄ PAUSED → COMPLETED, with the exits. */
  public static final Transitions<PairStatus> PAIR =
      new Builder<>(PairStatus.class)
          .allow(
              PairStatus.PROPOSED,
              PairStatus.ACCEPTED,
              PairStatus.DECLINED,
              PairStatus.EXPIRED,
              PairStatus.WITHDRAWN)
          .allow(PairStatus.ACCEPTED, PairStatus.ACTIVE, PairStatus.ENDED_EARLY)
          .allow(PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.COMPLETED, PairStatus.ENDED_EARLY)
          .allow(PairStatus.PAUSED, PairStatus.ACTIVE, PairStatus.COMPLETED, PairStatus.ENDED_EARLY)
          .build();

  // ------------------------------------------------------------ goals and meetings

  /** Goal: DRAFT → ACTIVE → ACHIEVED / ABANDONED; a draft may be abandoned too. */
  public static final Transitions<GoalStatus> GOAL =
      new Builder<>(GoalStatus.class)
          .allow(GoalStatus.DRAFT, GoalStatus.ACTIVE, GoalStatus.ABANDONED)
          .allow(GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.ABANDONED)
          .build();

  /** Meeting: SCHEDULED → HELD / CANCELLED / NO_SHOW. */
  public static final Transitions<MeetingStatus> MEETING =
      new Builder<>(MeetingStatus.class)
          .allow(
              MeetingStatus.SCHEDULED,
              MeetingStatus.HELD,
              MeetingStatus.CANCELLED,
              MeetingStatus.NO_SHOW)
          .build();

  // ------------------------------------------------------------ surveys

  /** Survey: DRAFT → OPEN → CLOSED; a draft may also be closed unopened. */
  public static final Transitions<SurveyStatus> SURVEY =
      new Builder<>(SurveyStatus.class)
          .allow(SurveyStatus.DRAFT, SurveyStatus.OPEN, SurveyStatus.CLOSED)
          .allow(SurveyStatus.OPEN, SurveyStatus.CLOSED)
          .build();

  private final Map<S, Set<S>> table;

  private Transitions(Map<S, Set<S>> table) {
    this.table = table;
  }

  /**
   * Tells whether {@code from} may move to {@code to}.
   *
   * @param from the current state
   * @param to the next state
   * @return whether the table has the transition
   */
  public boolean allows(S from, S to) {
    return next(from).contains(to);
  }

  /**
   * Tells whether a state has no outgoing transition.
   *
   * @param state the state
   * @return whether it is terminal
   */
  public boolean isTerminal(S state) {
    return next(state).isEmpty();
  }

  /**
   * Returns the states reachable in one step.
   *
   * @param from the current state
   * @return the next states, unmodifiable
   */
  public Set<S> next(S from) {
    return requireNonNull(table.get(from), "every state has a row");
  }

  /**
   * Checks a transition.
   *
   * @param id the entity's id, for the exception
   * @param from the current state
   * @param to the next state
   * @return {@code to}
   * @throws IllegalTransitionException if the table lacks the transition
   */
  public S check(Object id, S from, S to) {
    if (!allows(from, to)) {
      throw new IllegalTransitionException(id, from, to);
    }
    return to;
  }

  private static final class Builder<S extends Enum<S>> {
    private final Class<S> type;
    private final Map<S, Set<S>> table;

    Builder(Class<S> type) {
      this.type = type;
      this.table = new EnumMap<>(type);
      for (S state : type.getEnumConstants()) {
        table.put(state, EnumSet.noneOf(type));
      }
    }

    @SafeVarargs
    final Builder<S> allow(S from, S... to) {
      Set<S> next = EnumSet.noneOf(type);
      for (S state : to) {
        next.add(state);
      }
      table.put(from, next);
      return this;
    }

    Transitions<S> build() {
      Map<S, Set<S>> frozen = new EnumMap<>(type);
      table.forEach(
          (from, to) -> frozen.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to))));
      return new Transitions<>(frozen);
    }
  }
}
