package dev.mentoring.core.program;

import org.apiguardian.api.API;

/**
 * The kind of answer an enrollment question takes, and so which {@link
 * dev.mentoring.core.enrollment.Answer} fits it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum QuestionType {
  /** Free text up to the question's maximum length; answered with a text answer. */
  TEXT,
  /** A whole number within the question's bounds; answered with a number answer. */
  NUMBER,
  /** Exactly one of the question's options; answered with a choice answer of one element. */
  SINGLE_CHOICE,
  /** Any number of distinct options; answered with a choice answer. */
  MULTIPLE_CHOICE,
  /** Yes or no; answered with a boolean answer. */
  YES_NO
}
