package dev.mentoring.jdbc.internal;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.jdbc.internal.Table.Column;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The store's tables for one dialect. Immutable and thread-safe.
 *
 * <p>Queries return rows in no particular order and the repositories sort them with the same
 * comparators as the in-memory store (time, then id), so that the order does not depend on the
 * database's collation.
 */
public final class Tables {
  final Dialect dialect;
  final Table<Program> programs;
  final Table<Enrollment> enrollments;
  final Table<Pair> pairs;
  final Table<Goal> goals;
  final Table<Meeting> meetings;
  final Table<Survey> surveys;
  final Table<SurveyResponse> responses;
  final Table<Resource> resources;

  /**
   * Describes the tables for a dialect.
   *
   * @param dialect the dialect
   */
  public Tables(Dialect dialect) {
    this.dialect = dialect;
    programs =
        new Table<>(
            dialect,
            "program",
            "mentoring_programs",
            Program.class,
            Program::id,
            Program::version,
            Program::withVersion,
            Comparator.comparing(Program::createdAt).thenComparing(Program::id),
            List.of(),
            List.of());
    enrollments =
        new Table<>(
            dialect,
            "enrollment",
            "mentoring_enrollments",
            Enrollment.class,
            Enrollment::id,
            Enrollment::version,
            Enrollment::withVersion,
            Comparator.comparing(Enrollment::appliedAt).thenComparing(Enrollment::id),
            List.of(
                new Column<>("program_id", e -> e.programId().value()),
                new Column<>("participant_id", e -> e.participantId().value())),
            List.of("program_id", "participant_id"));
    pairs =
        new Table<>(
            dialect,
            "pair",
            "mentoring_pairs",
            Pair.class,
            Pair::id,
            Pair::version,
            Pair::withVersion,
            Comparator.comparing(Pair::proposedAt).thenComparing(Pair::id),
            List.of(
                new Column<>("program_id", p -> p.programId().value()),
                new Column<>("mentor_id", p -> p.mentorId().value()),
                new Column<>("mentee_id", p -> p.menteeId().value())),
            List.of());
    goals =
        new Table<>(
            dialect,
            "goal",
            "mentoring_goals",
            Goal.class,
            Goal::id,
            Goal::version,
            Goal::withVersion,
            Comparator.comparing(Goal::createdAt).thenComparing(Goal::id),
            List.of(
                new Column<>("program_id", g -> g.programId().value()),
                new Column<>("pair_id", g -> g.pairId().value()),
                new Column<>("owner_id", g -> g.ownerId().value())),
            List.of());
    meetings =
        new Table<>(
            dialect,
            "meeting",
            "mentoring_meetings",
            Meeting.class,
            Meeting::id,
            Meeting::version,
            Meeting::withVersion,
            Comparator.comparing(Meeting::start).thenComparing(Meeting::id),
            List.of(
                new Column<>("program_id", m -> m.programId().value()),
                new Column<>("pair_id", m -> m.pairId().value()),
                new Column<>("series_id", Tables::series)),
            List.of());
    surveys =
        new Table<>(
            dialect,
            "survey",
            "mentoring_surveys",
            Survey.class,
            Survey::id,
            Survey::version,
            Survey::withVersion,
            Comparator.comparing(Survey::createdAt).thenComparing(Survey::id),
            List.of(new Column<>("program_id", s -> s.programId().value())),
            List.of());
    responses =
        new Table<>(
            dialect,
            "survey response",
            "mentoring_survey_responses",
            SurveyResponse.class,
            SurveyResponse::id,
            SurveyResponse::version,
            SurveyResponse::withVersion,
            Comparator.comparing(SurveyResponse::submittedAt).thenComparing(SurveyResponse::id),
            List.of(
                new Column<>("program_id", r -> r.programId().value()),
                new Column<>("survey_id", r -> r.surveyId().value()),
                new Column<>("respondent_id", r -> r.respondentId().value()),
                new Column<>("pair_id", Tables::pair),
                new Column<>("pair_key", r -> optionalKey(pair(r))),
                new Column<>("subject_key", r -> optionalKey(r.subjectKey()))),
            List.of("survey_id", "respondent_id", "pair_key", "subject_key"));
    resources =
        new Table<>(
            dialect,
            "resource",
            "mentoring_resources",
            Resource.class,
            Resource::id,
            Resource::version,
            Resource::withVersion,
            Comparator.comparing(Resource::createdAt).thenComparing(Resource::id),
            List.of(new Column<>("program_id", r -> r.programId().value())),
            List.of());
  }

  private static @Nullable String series(Meeting m) {
    MeetingSeriesId series = m.seriesId();
    return series == null ? null : series.value();
  }

  private static @Nullable String pair(SurveyResponse r) {
    PairId pair = r.pairId();
    return pair == null ? null : pair.value();
  }

  /**
   * Encodes an optional key as never-null text, so that a unique constraint counts a missing value
   * as one value: {@code -} for none, {@code +} and the value otherwise.
   */
  static String optionalKey(@Nullable String value) {
    return value == null ? "-" : "+" + value;
  }
}
