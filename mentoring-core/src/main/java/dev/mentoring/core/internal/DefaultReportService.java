package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ReportService;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.List;

/** Pair health and program reports; reads only. */
public final class DefaultReportService implements ReportService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultReportService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public ProgramReport report(Actor actor, ProgramId programId, Instant at) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(at, "at");
    return engine.write(op -> Reports.report(read(op, actor, programId, "read the report"), at));
  }

  @Override
  public SegmentedReport report(Actor actor, ProgramId programId, Instant at, Segmentation by) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
    return engine.write(
        op -> Reports.segmented(read(op, actor, programId, "read the report"), at, by));
  }

  @Override
  public List<PairHealth> health(Actor actor, ProgramId programId, Instant at) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(at, "at");
    return engine.write(
        op -> Reports.health(read(op, actor, programId, "read the health of the pairs"), at));
  }

  private static Reports.Data read(Op op, Actor actor, ProgramId programId, String action) {
    Program program = Load.program(op, programId);
    Access.requireAdmin(actor, program, action);
    return Reports.Data.read(op.tx, program);
  }

  @Override
  public PairHealth health(Actor actor, PairId pairId, Instant at) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    requireNonNull(at, "at");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          Program program = Load.program(op, pair.programId());
          Access.requireMemberOrAdmin(actor, pair, program, "read the health of pair " + pairId);
          PairStatus status = Health.runningStatus(pair, at);
          if (status == null) {
            InputCheck.Violations v = new InputCheck.Violations();
            PairStatus then = AsOf.pairStatus(pair, at);
            v.add(
                "pairId",
                "PairStatus",
                (then == null ? "the pair was not yet proposed" : "the pair is " + then)
                    + " at "
                    + at
                    + "; only an ACTIVE or PAUSED pair has a health",
                pairId);
            v.throwIfAny();
          }
          return Health.of(
              pair,
              requireNonNull(status, "checked above"),
              op.tx.meetings().findByPair(pairId),
              op.tx.goals().findByPair(pairId),
              op.tx.surveyResponses().findByPair(pairId),
              Reports.surveysById(op.tx.surveys().findByProgram(program.id())),
              program.spec().healthPolicy(),
              program.spec().cadence().interval(),
              at);
        });
  }
}
