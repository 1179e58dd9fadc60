package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ErasureReport;
import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.PrivacyService;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.ParticipantErased;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import java.util.List;
import java.util.Set;

/** Export and erasure of a person's data. */
public final class DefaultPrivacyService implements PrivacyService {
  /** How every pseudonym starts. */
  private static final String PSEUDONYM_PREFIX = "erased-";

  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultPrivacyService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public ParticipantData export(Actor actor, ParticipantId participantId) {
    requireNonNull(actor, "actor");
    requireNonNull(participantId, "participantId");
    Access.requireSelfOrSystem(actor, participantId, "export the data of " + participantId);
    return engine.write(
        op ->
            new ParticipantData(
                participantId,
                op.tx.enrollments().findByParticipant(participantId),
                op.tx.pairs().findByParticipant(participantId).stream()
                    .map(p -> p.visibleTo(participantId))
                    .toList(),
                op.tx.programs().findAll().stream()
                    .filter(p -> p.isAdmin(participantId))
                    .map(Program::id)
                    .toList(),
                op.tx.reminders().findByRecipient(participantId),
                ActivityPrivacy.goals(op, participantId),
                ActivityPrivacy.meetings(op, participantId),
                op.tx.surveyResponses().findByRespondent(participantId)));
  }

  @Override
  public ErasureReport erase(Actor actor, ParticipantId participantId) {
    requireNonNull(actor, "actor");
    requireNonNull(participantId, "participantId");
    Access.requireSelfOrSystem(actor, participantId, "erase the data of " + participantId);
    ParticipantId pseudonym = ParticipantId.of(PSEUDONYM_PREFIX + Ids.random());
    return engine.write(
        op -> {
          // Withdraw open enrollments first so that pairs end the ordinary way.
          for (Enrollment e : op.tx.enrollments().findByParticipant(participantId)) {
            if (!e.status().isTerminal()) {
              Program program = Load.program(op, e.programId());
              DefaultEnrollmentService.withdraw(op, program, e);
            }
          }
          int pairs = 0;
          for (Pair p : op.tx.pairs().findByParticipant(participantId)) {
            op.tx.pairs().update(p.erase(participantId, pseudonym, op.now));
            pairs++;
          }
          ActivityPrivacy.Erased activity = ActivityPrivacy.erase(op, participantId, pseudonym);
          // An administrator who declined, retracted or ended someone else's pair is its exit's
          // initiator without being its mentor or mentee.
          for (Program program : op.tx.programs().findAll()) {
            for (Pair p : op.tx.pairs().findByProgram(program.id())) {
              if (p.exit() != null && participantId.equals(p.exit().initiatedBy())) {
                op.tx.pairs().update(p.erase(participantId, pseudonym, op.now));
              }
            }
          }
          int enrollments = 0;
          for (Enrollment e : op.tx.enrollments().findByParticipant(participantId)) {
            op.tx.enrollments().update(e.erase(pseudonym, op.now));
            enrollments++;
          }
          int references = 0;
          for (Program program : op.tx.programs().findAll()) {
            if (program.isAdmin(participantId)) {
              ProgramSpec stripped =
                  program.spec().toBuilder()
                      .admins(without(List.copyOf(program.admins()), participantId))
                      .build();
              op.tx.programs().update(program.withSpec(stripped, op.now));
              references++;
            }
            references += stripReferences(op, program.id(), participantId);
          }
          int reminders = op.tx.reminders().deleteByRecipient(participantId);
          int responses = 0;
          for (SurveyResponse r : op.tx.surveyResponses().findByRespondent(participantId)) {
            op.tx.surveyResponses().update(r.erase(pseudonym));
            responses++;
          }
          op.publish(new ParticipantErased(participantId, pseudonym, op.now));
          return new ErasureReport(
              pseudonym,
              enrollments,
              pairs,
              references,
              reminders,
              activity.goals(),
              activity.meetings(),
              responses);
        });
  }

  /**
   * Tells whether a key is a pseudonym that erasure put in place of a person, so that nothing is
   * ever sent to it.
   */
  static boolean isPseudonym(ParticipantId id) {
    return id.value().startsWith(PSEUDONYM_PREFIX);
  }

  /** Removes a person from other people's manager chains, exclusions and preferences. */
  private static int stripReferences(Op op, ProgramId programId, ParticipantId person) {
    int n = 0;
    for (Enrollment e : op.tx.enrollments().findByProgram(programId)) {
      Profile profile = e.profile();
      Preferences prefs = profile.preferences();
      boolean refers =
          profile.managerChain().contains(person)
              || profile.exclusions().contains(person)
              || prefs.preferredPartners().contains(person);
      if (!refers) {
        continue;
      }
      Profile stripped =
          profile.toBuilder()
              .managerChain(without(profile.managerChain(), person))
              .exclusions(without(List.copyOf(profile.exclusions()), person))
              .preferences(
                  new Preferences(
                      Set.copyOf(without(List.copyOf(prefs.preferredPartners()), person)),
                      prefs.department()))
              .build();
      op.tx.enrollments().update(e.withProfile(stripped, op.now));
      n++;
    }
    return n;
  }

  private static List<ParticipantId> without(List<ParticipantId> ids, ParticipantId person) {
    return ids.stream().filter(id -> !id.equals(person)).toList();
  }
}
