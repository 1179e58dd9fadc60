/**
 * Feedback: {@link dev.mentoring.core.feedback.Survey surveys} of a program's participants at
 * {@link dev.mentoring.core.feedback.SurveyCheckpoint checkpoints} (after a meeting, an early "is
 * this a good fit?" check, midpoint, final, exit), their lifecycle ({@link
 * dev.mentoring.core.feedback.SurveyStatus}), and participants' {@link
 * dev.mentoring.core.feedback.SurveyResponse responses}.
 *
 * <p>An administrator writes a {@link dev.mentoring.core.feedback.SurveyDraft} of typed {@link
 * dev.mentoring.core.feedback.SurveyQuestion questions} (rating 1 to 5, NPS 0 to 10, single or
 * multiple choice, free text) for an {@link dev.mentoring.core.feedback.SurveyAudience audience},
 * opens it, and reads a {@link dev.mentoring.core.feedback.SurveySummary} of the answers: {@link
 * dev.mentoring.core.feedback.QuestionSummary per question}, with the {@link
 * dev.mentoring.core.feedback.NetPromoterScore} and its confidence interval for NPS questions. An
 * anonymous survey shows administrators aggregates only.
 */
@NullMarked
package dev.mentoring.core.feedback;

import org.jspecify.annotations.NullMarked;
