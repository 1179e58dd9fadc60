package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.DomainGenerators.enrollmentId;
import static dev.mentoring.testkit.generate.DomainGenerators.pairId;
import static dev.mentoring.testkit.generate.DomainGenerators.participantId;
import static dev.mentoring.testkit.generate.DomainGenerators.programId;
import static dev.mentoring.testkit.generate.Draws.pick;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.EnrollmentUpdated;
import dev.mentoring.core.event.GoalCreated;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.GoalUpdated;
import dev.mentoring.core.event.MeetingLogged;
import dev.mentoring.core.event.MeetingNotesUpdated;
import dev.mentoring.core.event.MeetingRated;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.PairApproved;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.event.ParticipantErased;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.event.ProgramUpdated;
import dev.mentoring.core.event.ResourceAdded;
import dev.mentoring.core.event.ResourceRemoved;
import dev.mentoring.core.event.ResourceRevised;
import dev.mentoring.core.event.SurveyCreated;
import dev.mentoring.core.event.SurveyResponseSubmitted;
import dev.mentoring.core.event.SurveyRevised;
import dev.mentoring.core.event.SurveyStatusChanged;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators for the domain events a {@link dev.mentoring.core.event.MentoringListener}
 * receives and the notifications a {@link dev.mentoring.core.notification.Notifier} receives: one
 * generator per subtype and one per sealed base type that picks a subtype uniformly.
 *
 * <pre>{@code
 * MentoringEvent event = EventGenerators.events().generate(seed, 5);
 * Notification notification = EventGenerators.notifications().generate(seed, 5);
 * assertThat(event.occurredAt()).isNotNull();
 * }</pre>
 *
 * <p>Status changes move along their lifecycle's transition table ({@code from.canMoveTo(to)}
 * holds); ids and instants are shaped as in {@link DomainGenerators}. The generators are stateless
 * and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EventGenerators {

  private EventGenerators() {}

  // ----------------------------------------------------------------------------------- events

  /**
   * Returns events of every subtype, picked uniformly.
   *
   * @return the generator
   */
  public static Generator<MentoringEvent> events() {
    List<Generator<? extends MentoringEvent>> all =
        List.of(
            programCreated(),
            programUpdated(),
            programStatusChanged(),
            enrollmentSubmitted(),
            enrollmentUpdated(),
            enrollmentStatusChanged(),
            pairProposed(),
            pairApproved(),
            pairStatusChanged(),
            participantErased(),
            goalCreated(),
            goalUpdated(),
            goalStatusChanged(),
            meetingScheduled(),
            meetingLogged(),
            meetingRescheduled(),
            meetingStatusChanged(),
            meetingNotesUpdated(),
            meetingRated(),
            surveyCreated(),
            surveyRevised(),
            surveyStatusChanged(),
            surveyResponseSubmitted(),
            resourceAdded(),
            resourceRevised(),
            resourceRemoved());
    return Draws.generator((r, size) -> pick(r, all).next(r, size));
  }

  /**
   * Returns {@link ProgramCreated} events.
   *
   * @return the generator
   */
  public static Generator<ProgramCreated> programCreated() {
    return Draws.generator((r, size) -> new ProgramCreated(programId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link ProgramUpdated} events.
   *
   * @return the generator
   */
  public static Generator<ProgramUpdated> programUpdated() {
    return Draws.generator((r, size) -> new ProgramUpdated(programId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link ProgramStatusChanged} events along the program lifecycle.
   *
   * @return the generator
   */
  public static Generator<ProgramStatusChanged> programStatusChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<ProgramStatus> move = move(r, ProgramStatus.class, ProgramStatus::canMoveTo);
          return new ProgramStatusChanged(
              programId(r, size), move.from(), move.to(), Draws.instant(r));
        });
  }

  /**
   * Returns {@link EnrollmentSubmitted} events.
   *
   * @return the generator
   */
  public static Generator<EnrollmentSubmitted> enrollmentSubmitted() {
    return Draws.generator(
        (r, size) ->
            new EnrollmentSubmitted(
                enrollmentId(r, size),
                programId(r, size),
                participantId(r, size),
                pick(r, EnrollmentRole.class),
                Draws.instant(r)));
  }

  /**
   * Returns {@link EnrollmentUpdated} events.
   *
   * @return the generator
   */
  public static Generator<EnrollmentUpdated> enrollmentUpdated() {
    return Draws.generator(
        (r, size) ->
            new EnrollmentUpdated(
                enrollmentId(r, size),
                programId(r, size),
                participantId(r, size),
                Draws.instant(r)));
  }

  /**
   * Returns {@link EnrollmentStatusChanged} events along the enrollment lifecycle.
   *
   * @return the generator
   */
  public static Generator<EnrollmentStatusChanged> enrollmentStatusChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<EnrollmentStatus> move =
              move(r, EnrollmentStatus.class, EnrollmentStatus::canMoveTo);
          return new EnrollmentStatusChanged(
              enrollmentId(r, size),
              programId(r, size),
              participantId(r, size),
              move.from(),
              move.to(),
              Draws.instant(r));
        });
  }

  /**
   * Returns {@link PairProposed} events, with scores of 0 to 1,000 and now and then the extremes of
   * {@code int}.
   *
   * @return the generator
   */
  public static Generator<PairProposed> pairProposed() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          int score =
              Draws.rarely(r, 16)
                  ? pick(r, List.of(Integer.MIN_VALUE, Integer.MAX_VALUE))
                  : Draws.between(r, 0, 1_000);
          return new PairProposed(
              pairId(r, size),
              programId(r, size),
              two[0],
              two[1],
              pick(r, PairOrigin.class),
              score,
              Draws.instant(r));
        });
  }

  /**
   * Returns {@link PairApproved} events.
   *
   * @return the generator
   */
  public static Generator<PairApproved> pairApproved() {
    return Draws.generator(
        (r, size) ->
            new PairApproved(
                pairId(r, size),
                programId(r, size),
                pick(r, ApprovalSide.class),
                Draws.instant(r)));
  }

  /**
   * Returns {@link PairStatusChanged} events along the pair lifecycle.
   *
   * @return the generator
   */
  public static Generator<PairStatusChanged> pairStatusChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<PairStatus> move = move(r, PairStatus.class, PairStatus::canMoveTo);
          return new PairStatusChanged(
              pairId(r, size), programId(r, size), move.from(), move.to(), Draws.instant(r));
        });
  }

  /**
   * Returns {@link ParticipantErased} events with a UUID pseudonym.
   *
   * @return the generator
   */
  public static Generator<ParticipantErased> participantErased() {
    return Draws.generator(
        (r, size) ->
            new ParticipantErased(
                participantId(r, size), ParticipantId.of(Draws.uuid(r)), Draws.instant(r)));
  }

  /**
   * Returns {@link GoalCreated} events.
   *
   * @return the generator
   */
  public static Generator<GoalCreated> goalCreated() {
    return Draws.generator(
        (r, size) ->
            new GoalCreated(
                ActivityGenerators.goalId(r, size),
                programId(r, size),
                pairId(r, size),
                participantId(r, size),
                Draws.instant(r)));
  }

  /**
   * Returns {@link GoalUpdated} events with progress 0 to 100.
   *
   * @return the generator
   */
  public static Generator<GoalUpdated> goalUpdated() {
    return Draws.generator(
        (r, size) ->
            new GoalUpdated(
                ActivityGenerators.goalId(r, size),
                programId(r, size),
                pairId(r, size),
                Draws.between(r, 0, 100),
                Draws.instant(r)));
  }

  /**
   * Returns {@link GoalStatusChanged} events along the goal lifecycle.
   *
   * @return the generator
   */
  public static Generator<GoalStatusChanged> goalStatusChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<GoalStatus> move = move(r, GoalStatus.class, GoalStatus::canMoveTo);
          return new GoalStatusChanged(
              ActivityGenerators.goalId(r, size),
              programId(r, size),
              pairId(r, size),
              move.from(),
              move.to(),
              Draws.instant(r));
        });
  }

  /**
   * Returns {@link MeetingScheduled} events, of single meetings and of meetings in a series,
   * starting at or after they were scheduled.
   *
   * @return the generator
   */
  public static Generator<MeetingScheduled> meetingScheduled() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new MeetingScheduled(
              ActivityGenerators.meetingId(r, size),
              programId(r, size),
              pairId(r, size),
              Draws.absent(r) ? MeetingSeriesId.of(Draws.idValue(r, "series", size)) : null,
              ActivityGenerators.futureStart(r, at),
              at);
        });
  }

  /**
   * Returns {@link MeetingLogged} events of meetings that started before they were logged.
   *
   * @return the generator
   */
  public static Generator<MeetingLogged> meetingLogged() {
    return Draws.generator(
        (r, size) -> {
          Instant start = Draws.instant(r);
          return new MeetingLogged(
              ActivityGenerators.meetingId(r, size),
              programId(r, size),
              pairId(r, size),
              start,
              Draws.after(r, start.plus(Duration.ofMinutes(15))));
        });
  }

  /**
   * Returns {@link MeetingRescheduled} events moving a meeting to another start in the future.
   *
   * @return the generator
   */
  public static Generator<MeetingRescheduled> meetingRescheduled() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new MeetingRescheduled(
              ActivityGenerators.meetingId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.futureStart(r, at),
              ActivityGenerators.futureStart(r, at),
              at);
        });
  }

  /**
   * Returns {@link MeetingStatusChanged} events along the meeting lifecycle.
   *
   * @return the generator
   */
  public static Generator<MeetingStatusChanged> meetingStatusChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<MeetingStatus> move = move(r, MeetingStatus.class, MeetingStatus::canMoveTo);
          return new MeetingStatusChanged(
              ActivityGenerators.meetingId(r, size),
              programId(r, size),
              pairId(r, size),
              move.from(),
              move.to(),
              Draws.instant(r));
        });
  }

  /**
   * Returns {@link MeetingNotesUpdated} events.
   *
   * @return the generator
   */
  public static Generator<MeetingNotesUpdated> meetingNotesUpdated() {
    return Draws.generator(
        (r, size) ->
            new MeetingNotesUpdated(
                ActivityGenerators.meetingId(r, size),
                programId(r, size),
                pairId(r, size),
                Draws.instant(r)));
  }

  /**
   * Returns {@link MeetingRated} events with ratings of 1 to 5.
   *
   * @return the generator
   */
  public static Generator<MeetingRated> meetingRated() {
    return Draws.generator(
        (r, size) ->
            new MeetingRated(
                ActivityGenerators.meetingId(r, size),
                programId(r, size),
                pairId(r, size),
                participantId(r, size),
                Draws.between(r, Meeting.MIN_RATING, Meeting.MAX_RATING),
                Draws.instant(r)));
  }

  /**
   * Returns {@link SurveyCreated} events at every checkpoint.
   *
   * @return the generator
   */
  public static Generator<SurveyCreated> surveyCreated() {
    return Draws.generator(
        (r, size) ->
            new SurveyCreated(
                surveyId(r, size),
                programId(r, size),
                pick(r, SurveyCheckpoint.class),
                Draws.instant(r)));
  }

  /**
   * Returns {@link SurveyRevised} events.
   *
   * @return the generator
   */
  public static Generator<SurveyRevised> surveyRevised() {
    return Draws.generator(
        (r, size) -> new SurveyRevised(surveyId(r, size), programId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link SurveyStatusChanged} events along the survey lifecycle.
   *
   * @return the generator
   */
  public static Generator<SurveyStatusChanged> surveyStatusChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<SurveyStatus> move = move(r, SurveyStatus.class, SurveyStatus::canMoveTo);
          return new SurveyStatusChanged(
              surveyId(r, size), programId(r, size), move.from(), move.to(), Draws.instant(r));
        });
  }

  /**
   * Returns {@link SurveyResponseSubmitted} events, with and without the respondent (absent for an
   * anonymous survey) and the pair.
   *
   * @return the generator
   */
  public static Generator<SurveyResponseSubmitted> surveyResponseSubmitted() {
    return Draws.generator(
        (r, size) ->
            new SurveyResponseSubmitted(
                ResponseId.of(Draws.idValue(r, "response", size)),
                surveyId(r, size),
                programId(r, size),
                Draws.absent(r) ? null : participantId(r, size),
                Draws.absent(r) ? null : pairId(r, size),
                Draws.instant(r)));
  }

  /**
   * Returns {@link ResourceAdded} events.
   *
   * @return the generator
   */
  public static Generator<ResourceAdded> resourceAdded() {
    return Draws.generator(
        (r, size) ->
            new ResourceAdded(
                ActivityGenerators.resourceId(r, size), programId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link ResourceRevised} events.
   *
   * @return the generator
   */
  public static Generator<ResourceRevised> resourceRevised() {
    return Draws.generator(
        (r, size) ->
            new ResourceRevised(
                ActivityGenerators.resourceId(r, size), programId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link ResourceRemoved} events.
   *
   * @return the generator
   */
  public static Generator<ResourceRemoved> resourceRemoved() {
    return Draws.generator(
        (r, size) ->
            new ResourceRemoved(
                ActivityGenerators.resourceId(r, size), programId(r, size), Draws.instant(r)));
  }

  // ---------------------------------------------------------------------------- notifications

  /**
   * Returns notifications of every subtype, picked uniformly.
   *
   * @return the generator
   */
  public static Generator<Notification> notifications() {
    List<Generator<? extends Notification>> all =
        List.of(
            matchProposed(),
            matchConfirmed(),
            proposalAwaitingAnswer(),
            proposalExpiring(),
            enrollmentDecided(),
            programPhaseChanged(),
            meetingInvitation(),
            meetingMoved(),
            meetingCancelled(),
            poorFitReported(),
            meetingReminder(),
            meetingFollowUp(),
            inactivityNudge(),
            inactivityEscalation(),
            goalDue(),
            milestoneDue(),
            surveyInvitation(),
            surveyReminder());
    return Draws.generator((r, size) -> pick(r, all).next(r, size));
  }

  /**
   * Returns {@link MatchProposed} notifications.
   *
   * @return the generator
   */
  public static Generator<MatchProposed> matchProposed() {
    return Draws.generator(
        (r, size) ->
            new MatchProposed(
                participantId(r, size), programId(r, size), pairId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link MatchConfirmed} notifications.
   *
   * @return the generator
   */
  public static Generator<MatchConfirmed> matchConfirmed() {
    return Draws.generator(
        (r, size) ->
            new MatchConfirmed(
                participantId(r, size), programId(r, size), pairId(r, size), Draws.instant(r)));
  }

  /**
   * Returns {@link ProposalAwaitingAnswer} notifications, sent at or after the proposal.
   *
   * @return the generator
   */
  public static Generator<ProposalAwaitingAnswer> proposalAwaitingAnswer() {
    return Draws.generator(
        (r, size) -> {
          Instant proposedAt = Draws.instant(r);
          return new ProposalAwaitingAnswer(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              proposedAt,
              Draws.after(r, proposedAt));
        });
  }

  /**
   * Returns {@link ProposalExpiring} notifications, sent at or before the expiry.
   *
   * @return the generator
   */
  public static Generator<ProposalExpiring> proposalExpiring() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new ProposalExpiring(
              participantId(r, size), programId(r, size), pairId(r, size), Draws.after(r, at), at);
        });
  }

  /**
   * Returns {@link EnrollmentDecided} notifications for each decision: approved, waitlisted or
   * rejected.
   *
   * @return the generator
   */
  public static Generator<EnrollmentDecided> enrollmentDecided() {
    return Draws.generator(
        (r, size) ->
            new EnrollmentDecided(
                participantId(r, size),
                programId(r, size),
                enrollmentId(r, size),
                pick(
                    r,
                    List.of(
                        EnrollmentStatus.APPROVED,
                        EnrollmentStatus.WAITLISTED,
                        EnrollmentStatus.REJECTED)),
                Draws.instant(r)));
  }

  /**
   * Returns {@link ProgramPhaseChanged} notifications along the program lifecycle.
   *
   * @return the generator
   */
  public static Generator<ProgramPhaseChanged> programPhaseChanged() {
    return Draws.generator(
        (r, size) -> {
          Move<ProgramStatus> move = move(r, ProgramStatus.class, ProgramStatus::canMoveTo);
          return new ProgramPhaseChanged(
              participantId(r, size), programId(r, size), move.from(), move.to(), Draws.instant(r));
        });
  }

  /**
   * Returns {@link MeetingInvitation} notifications, of single meetings and of meetings in a
   * series, starting after they fell due.
   *
   * @return the generator
   */
  public static Generator<MeetingInvitation> meetingInvitation() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new MeetingInvitation(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.meetingId(r, size),
              Draws.absent(r) ? MeetingSeriesId.of(Draws.idValue(r, "series", size)) : null,
              ActivityGenerators.futureStart(r, at),
              at);
        });
  }

  /**
   * Returns {@link MeetingMoved} notifications, moving a meeting to another start in the future.
   *
   * @return the generator
   */
  public static Generator<MeetingMoved> meetingMoved() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new MeetingMoved(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.meetingId(r, size),
              ActivityGenerators.futureStart(r, at),
              ActivityGenerators.futureStart(r, at),
              at);
        });
  }

  /**
   * Returns {@link MeetingCancelled} notifications, sent before the meeting would have started.
   *
   * @return the generator
   */
  public static Generator<MeetingCancelled> meetingCancelled() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new MeetingCancelled(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.meetingId(r, size),
              ActivityGenerators.futureStart(r, at),
              at);
        });
  }

  /**
   * Returns {@link PoorFitReported} notifications, to an administrator about a respondent who is
   * not the administrator.
   *
   * @return the generator
   */
  public static Generator<PoorFitReported> poorFitReported() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          return new PoorFitReported(
              two[0],
              programId(r, size),
              pairId(r, size),
              surveyId(r, size),
              two[1],
              Draws.instant(r));
        });
  }

  /**
   * Returns {@link MeetingReminder} notifications, sent before the meeting starts and at most 7
   * days before (the longest {@code meetingReminderBefore}).
   *
   * @return the generator
   */
  public static Generator<MeetingReminder> meetingReminder() {
    return Draws.generator(
        (r, size) -> {
          Instant at = Draws.instant(r);
          return new MeetingReminder(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.meetingId(r, size),
              at.plus(Draws.duration(r, Duration.ofSeconds(1), Duration.ofDays(7))),
              at);
        });
  }

  /**
   * Returns {@link MeetingFollowUp} notifications about meetings of 15 minutes to 8 hours, sent at
   * or after the meeting's end.
   *
   * @return the generator
   */
  public static Generator<MeetingFollowUp> meetingFollowUp() {
    return Draws.generator(
        (r, size) -> {
          Instant start = Draws.instant(r);
          Instant end = start.plus(Draws.duration(r, Duration.ofMinutes(15), Duration.ofHours(8)));
          return new MeetingFollowUp(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.meetingId(r, size),
              start,
              end,
              Draws.after(r, end));
        });
  }

  /**
   * Returns {@link InactivityNudge} notifications, sent at least 1 day (the shortest {@code
   * inactivityNudgeAfter}) after the silence started.
   *
   * @return the generator
   */
  public static Generator<InactivityNudge> inactivityNudge() {
    return Draws.generator(
        (r, size) -> {
          Instant since = Draws.instant(r);
          return new InactivityNudge(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              since,
              Draws.after(r, since.plus(Duration.ofDays(1))));
        });
  }

  /**
   * Returns {@link InactivityEscalation} notifications, sent more than 1 day after the silence
   * started, since an escalation comes after the nudge.
   *
   * @return the generator
   */
  public static Generator<InactivityEscalation> inactivityEscalation() {
    return Draws.generator(
        (r, size) -> {
          Instant since = Draws.instant(r);
          return new InactivityEscalation(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              since,
              Draws.after(r, since.plus(Duration.ofDays(1)).plusSeconds(1)));
        });
  }

  /**
   * Returns {@link GoalDue} notifications, sent from 90 days (the longest {@code goalDueWarning})
   * before the start of the target day (UTC) to 30 days after it.
   *
   * @return the generator
   */
  public static Generator<GoalDue> goalDue() {
    return Draws.generator(
        (r, size) -> {
          LocalDate target = Draws.date(r);
          return new GoalDue(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.goalId(r, size),
              target,
              dueWarning(r, target));
        });
  }

  /**
   * Returns {@link MilestoneDue} notifications, with milestone titles of up to 200 characters, sent
   * as {@link #goalDue()} is about the milestone's due day.
   *
   * @return the generator
   */
  public static Generator<MilestoneDue> milestoneDue() {
    return Draws.generator(
        (r, size) -> {
          LocalDate due = Draws.date(r);
          return new MilestoneDue(
              participantId(r, size),
              programId(r, size),
              pairId(r, size),
              ActivityGenerators.goalId(r, size),
              Draws.text(r, size, 200),
              due,
              dueWarning(r, due));
        });
  }

  /**
   * Returns {@link SurveyInvitation} notifications at every checkpoint, about a meeting (its id as
   * the subject) after a meeting and about the pair as a whole otherwise.
   *
   * @return the generator
   */
  public static Generator<SurveyInvitation> surveyInvitation() {
    return Draws.generator(
        (r, size) -> {
          SurveyCheckpoint checkpoint = pick(r, SurveyCheckpoint.class);
          return new SurveyInvitation(
              participantId(r, size),
              programId(r, size),
              surveyId(r, size),
              checkpoint,
              pairId(r, size),
              subjectKey(r, size, checkpoint),
              Draws.instant(r));
        });
  }

  /**
   * Returns {@link SurveyReminder} notifications shaped as {@link #surveyInvitation()}, sent at
   * least 1 hour (the shortest {@code surveyReminderAfter}) after the invitation.
   *
   * @return the generator
   */
  public static Generator<SurveyReminder> surveyReminder() {
    return Draws.generator(
        (r, size) -> {
          SurveyCheckpoint checkpoint = pick(r, SurveyCheckpoint.class);
          Instant invitedAt = Draws.instant(r);
          return new SurveyReminder(
              participantId(r, size),
              programId(r, size),
              surveyId(r, size),
              checkpoint,
              pairId(r, size),
              subjectKey(r, size, checkpoint),
              invitedAt,
              Draws.after(r, invitedAt.plus(Duration.ofHours(1))));
        });
  }

  /** An instant from 90 days before the start of {@code day} (UTC) to 30 days after it. */
  private static Instant dueWarning(RandomGenerator r, LocalDate day) {
    Instant warned = day.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(90));
    return Draws.after(r, warned.plus(Draws.duration(r, Duration.ZERO, Duration.ofDays(90))));
  }

  /** The subject of a survey invitation: a meeting's id after a meeting, none otherwise. */
  private static @Nullable String subjectKey(
      RandomGenerator r, int size, SurveyCheckpoint checkpoint) {
    return checkpoint == SurveyCheckpoint.AFTER_MEETING
        ? ActivityGenerators.meetingId(r, size).value()
        : null;
  }

  private static SurveyId surveyId(RandomGenerator r, int size) {
    return SurveyId.of(Draws.idValue(r, "survey", size));
  }

  // ------------------------------------------------------------------------------------ moves

  /** A transition of a lifecycle. */
  private record Move<S>(S from, S to) {}

  /** One allowed transition of a lifecycle, uniformly over its table. */
  private static <S extends Enum<S>> Move<S> move(
      RandomGenerator r, Class<S> type, BiPredicate<S, S> allowed) {
    S[] states = type.getEnumConstants();
    List<Move<S>> moves = new ArrayList<>();
    for (S from : states) {
      for (S to : states) {
        if (allowed.test(from, to)) {
          moves.add(new Move<>(from, to));
        }
      }
    }
    return pick(r, moves);
  }
}
