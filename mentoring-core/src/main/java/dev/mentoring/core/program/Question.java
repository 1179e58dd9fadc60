package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.EnumSets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One question of an enrollment form. Create questions with the static factories and refine them
 * with {@link #optional()} and {@link #forRoles}.
 *
 * <p>Beyond the constraints on the components, the engine checks that choice questions have
 * distinct options, that other questions have none, and that {@code min ≤ max}.
 *
 * @param key the stable key answers are filed under: lower-case letters, digits, {@code _ . -}
 * @param label the text shown to applicants
 * @param type the kind of answer expected
 * @param required whether an applicant in one of the {@code roles} must answer
 * @param roles the roles the question is asked of; empty means every role
 * @param options the allowed choices of a choice question, otherwise empty
 * @param min the smallest allowed number of a number question, or {@code null}
 * @param max the largest allowed number of a number question, or {@code null}
 * @param maxLength the longest allowed text of a text question, 1 to 10,000
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Question(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9_.-]*") String key,
    @NotBlank @Size(max = 500) String label,
    QuestionType type,
    boolean required,
    Set<EnrollmentRole> roles,
    @Size(max = 100) List<@NotBlank @Size(max = 200) String> options,
    @Nullable Long min,
    @Nullable Long max,
    @Min(1) @Max(10_000) int maxLength) {

  /** The default {@link #maxLength} of a text question. */
  public static final int DEFAULT_MAX_LENGTH = 2_000;

  /**
   * Checks nulls and copies the collections.
   *
   * @param key the stable key answers are filed under: lower-case letters, digits, {@code _ . -}
   * @param label the text shown to applicants
   * @param type the kind of answer expected
   * @param required whether an applicant in one of the {@code roles} must answer
   * @param roles the roles the question is asked of; empty means every role
   * @param options the allowed choices of a choice question, otherwise empty
   * @param min the smallest allowed number of a number question, or {@code null}
   * @param max the largest allowed number of a number question, or {@code null}
   * @param maxLength the longest allowed text of a text question, 1 to 10,000
   * @throws NullPointerException if a reference component other than {@code min} or {@code max} is
   *     null, or a collection holds null
   */
  public Question {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
    requireNonNull(type, "type");
    roles = EnumSets.copyOf(roles);
    options = List.copyOf(options);
  }

  /**
   * Returns a required free-text question.
   *
   * @param key the answer key
   * @param label the text shown
   * @return the question
   */
  public static Question text(String key, String label) {
    return new Question(
        key, label, QuestionType.TEXT, true, Set.of(), List.of(), null, null, DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns a required whole-number question with inclusive bounds.
   *
   * @param key the answer key
   * @param label the text shown
   * @param min the smallest allowed answer
   * @param max the largest allowed answer
   * @return the question
   */
  public static Question number(String key, String label, long min, long max) {
    return new Question(
        key, label, QuestionType.NUMBER, true, Set.of(), List.of(), min, max, DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns a required question answered with exactly one of the options.
   *
   * @param key the answer key
   * @param label the text shown
   * @param options the allowed choices
   * @return the question
   */
  public static Question singleChoice(String key, String label, List<String> options) {
    return new Question(
        key,
        label,
        QuestionType.SINGLE_CHOICE,
        true,
        Set.of(),
        options,
        null,
        null,
        DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns a required question answered with any number of distinct options.
   *
   * @param key the answer key
   * @param label the text shown
   * @param options the allowed choices
   * @return the question
   */
  public static Question multipleChoice(String key, String label, List<String> options) {
    return new Question(
        key,
        label,
        QuestionType.MULTIPLE_CHOICE,
        true,
        Set.of(),
        options,
        null,
        null,
        DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns a required yes/no question.
   *
   * @param key the answer key
   * @param label the text shown
   * @return the question
   */
  public static Question yesNo(String key, String label) {
    return new Question(
        key, label, QuestionType.YES_NO, true, Set.of(), List.of(), null, null, DEFAULT_MAX_LENGTH);
  }

  /**
   * Returns this question with answering optional.
   *
   * @return the optional question
   */
  public Question optional() {
    return new Question(key, label, type, false, roles, options, min, max, maxLength);
  }

  /**
   * Returns this question asked of the given roles only.
   *
   * @param first a role
   * @param rest further roles
   * @return the narrowed question
   */
  public Question forRoles(EnrollmentRole first, EnrollmentRole... rest) {
    return new Question(
        key, label, type, required, EnumSet.of(first, rest), options, min, max, maxLength);
  }

  /**
   * Tells whether the question is asked of an applicant in a role: every role when {@link #roles()}
   * is empty, the listed roles otherwise, and always an applicant enrolling as {@link
   * EnrollmentRole#MENTOR_AND_MENTEE}, who is asked both sides' questions. A question listing only
   * MENTOR_AND_MENTEE is not asked of plain mentors or mentees.
   *
   * @param role the applicant's role
   * @return true if the question names no roles, names this role, or the applicant has both roles
   */
  public boolean appliesTo(EnrollmentRole role) {
    if (roles.isEmpty() || roles.contains(role)) {
      return true;
    }
    // MENTOR_AND_MENTEE applicants are asked both sides' questions.
    return role == EnrollmentRole.MENTOR_AND_MENTEE;
  }
}
