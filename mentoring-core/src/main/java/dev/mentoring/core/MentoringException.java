package dev.mentoring.core;

import org.apiguardian.api.API;

/**
 * Root of the exceptions the engine throws for a request it refuses. Subtypes carry the context a
 * caller needs to react (the offending id, the states, the violations).
 *
 * <p>Programming errors stay JDK exceptions: a {@code null} argument is a {@link
 * NullPointerException}, a malformed argument to a value's constructor an {@link
 * IllegalArgumentException}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public abstract class MentoringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message the detail message
   */
  protected MentoringException(String message) {
    super(message);
  }
}
