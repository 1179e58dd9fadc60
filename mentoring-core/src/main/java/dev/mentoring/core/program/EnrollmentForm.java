package dev.mentoring.core.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The questions an applicant answers when enrolling. Keys must be unique; the engine checks each
 * application's answers against the form.
 *
 * @param questions the questions, in display order, at most 100
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentForm(@Size(max = 100) List<@Valid Question> questions) {

  /**
   * Copies the list.
   *
   * @param questions the questions, in display order, at most 100
   * @throws NullPointerException if {@code questions} or an element is null
   */
  public EnrollmentForm {
    questions = List.copyOf(questions);
  }

  /**
   * Returns a form without questions.
   *
   * @return the empty form
   */
  public static EnrollmentForm empty() {
    return new EnrollmentForm(List.of());
  }

  /**
   * Returns a form of the given questions.
   *
   * @param questions the questions in display order
   * @return the form
   */
  public static EnrollmentForm of(Question... questions) {
    return new EnrollmentForm(List.of(questions));
  }

  /**
   * Finds a question by key.
   *
   * @param key the answer key
   * @return the question, or empty if the form has none with that key
   */
  public Optional<Question> question(String key) {
    return questions.stream().filter(q -> q.key().equals(key)).findFirst();
  }
}
