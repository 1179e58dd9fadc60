package dev.mentoring.core.internal;

import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceId;

/** Loads aggregates or fails with {@link NotFoundException}. */
final class Load {
  private Load() {}

  static Program program(Op op, ProgramId id) {
    return op.tx.programs().find(id).orElseThrow(() -> new NotFoundException("program", id));
  }

  static Enrollment enrollment(Op op, EnrollmentId id) {
    return op.tx.enrollments().find(id).orElseThrow(() -> new NotFoundException("enrollment", id));
  }

  static Enrollment enrollment(Op op, ProgramId programId, ParticipantId participant) {
    return op.tx
        .enrollments()
        .find(programId, participant)
        .orElseThrow(
            () -> new NotFoundException("enrollment", participant + " in program " + programId));
  }

  static Pair pair(Op op, PairId id) {
    return op.tx.pairs().find(id).orElseThrow(() -> new NotFoundException("pair", id));
  }

  // ------------------------------------------------------------ goals and meetings

  static Goal goal(Op op, GoalId id) {
    return op.tx.goals().find(id).orElseThrow(() -> new NotFoundException("goal", id));
  }

  static Meeting meeting(Op op, MeetingId id) {
    return op.tx.meetings().find(id).orElseThrow(() -> new NotFoundException("meeting", id));
  }

  // ------------------------------------------------------------ surveys and resources

  static Survey survey(Op op, SurveyId id) {
    return op.tx.surveys().find(id).orElseThrow(() -> new NotFoundException("survey", id));
  }

  static Resource resource(Op op, ResourceId id) {
    return op.tx.resources().find(id).orElseThrow(() -> new NotFoundException("resource", id));
  }
}
