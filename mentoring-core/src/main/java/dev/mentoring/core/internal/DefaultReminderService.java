package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.ReminderService;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.spi.SentReminder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminders computed at an instant and handed out once: proposals here, what running pairs do in
 * {@link ActivityReminders}.
 */
public final class DefaultReminderService implements ReminderService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultReminderService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public List<Notification> due(Actor actor, Instant at) {
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    Access.requireSystem(actor, "compute reminders");
    return engine.write(
        op -> {
          List<Notification> due = new ArrayList<>();
          for (Program program : op.tx.programs().findAll()) {
            if (program.status() == ProgramStatus.DRAFT
                || program.status() == ProgramStatus.ARCHIVED) {
              continue; // a draft has no pairs; an archived program is history
            }
            List<Pair> pairs = op.tx.pairs().findByProgram(program.id());
            if (program.status() != ProgramStatus.CLOSED) {
              proposals(op, program, pairs, at, due); // closing expired the proposals
            }
            ActivityReminders.collect(op, program, pairs, at, due);
          }
          due.forEach(op::notify);
          return List.copyOf(due);
        });
  }

  /** Reminders about proposals awaiting an answer or about to expire. */
  private static void proposals(
      Op op, Program program, List<Pair> pairs, Instant at, List<Notification> due) {
    ReminderPolicy policy = program.spec().reminderPolicy();
    for (Pair pair : pairs) {
      if (pair.status() != PairStatus.PROPOSED || !at.isBefore(pair.expiresAt())) {
        continue;
      }
      boolean awaiting = !at.isBefore(pair.proposedAt().plus(policy.answerReminderAfter()));
      boolean expiring = !at.isBefore(pair.expiresAt().minus(policy.expiryWarningBefore()));
      for (ApprovalSide side : sorted(pair)) {
        for (ParticipantId recipient : PairFlow.recipients(program, pair, side)) {
          if (awaiting) {
            String key = "proposal-awaiting:" + pair.id() + ":" + recipient;
            if (record(op, key, recipient, at)) {
              due.add(
                  new ProposalAwaitingAnswer(
                      recipient, program.id(), pair.id(), pair.proposedAt(), at));
            }
          }
          if (expiring) {
            String key = "proposal-expiring:" + pair.id() + ":" + recipient;
            if (record(op, key, recipient, at)) {
              due.add(
                  new ProposalExpiring(recipient, program.id(), pair.id(), pair.expiresAt(), at));
            }
          }
        }
      }
    }
  }

  private static List<ApprovalSide> sorted(Pair pair) {
    return pair.pendingApprovals().stream().sorted().toList();
  }

  /** Records a reminder unless it was handed out before; tells whether it is new. */
  private static boolean record(Op op, String key, ParticipantId recipient, Instant at) {
    if (op.tx.reminders().contains(key)) {
      return false;
    }
    op.tx.reminders().record(new SentReminder(key, recipient, at));
    return true;
  }
}
