package dev.mentoring.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.InvalidInputException;
import dev.mentoring.core.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/**
 * Runs a call the engine must refuse and checks that the refusal changed nothing: the store holds
 * an equal snapshot afterwards and the refused call delivered no event and no notification.
 */
public final class Rejections {
  private Rejections() {}

  /**
   * Clears the recorder, snapshots the store, runs {@code call}, and checks that it threw {@code
   * type} without changing the store or delivering anything.
   *
   * @return the exception, for further assertions
   */
  public static <T extends Throwable> T refused(
      Fixture fixture, Class<T> type, ThrowingCallable call) {
    fixture.recorder.clear();
    StoreSnapshot before = fixture.snapshot();

    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isInstanceOf(type);
    assertThat(fixture.snapshot()).as("store after the refused call").isEqualTo(before);
    assertThat(fixture.recorder.events()).as("events of the refused call").isEmpty();
    assertThat(fixture.recorder.notifications()).as("notifications of the refused call").isEmpty();
    return type.cast(thrown);
  }

  /** A violation's path and rule, for {@code extracting(...).containsExactly(...)}. */
  public static Tuple violation(String path, String rule) {
    return tuple(path, rule);
  }

  /**
   * Refuses {@code call} with an {@link InvalidInputException} whose violations are exactly the
   * given (path, rule) tuples, in the reported order.
   *
   * @return the exception
   */
  public static InvalidInputException invalid(
      Fixture fixture, ThrowingCallable call, Tuple... expected) {
    InvalidInputException ex = refused(fixture, InvalidInputException.class, call);
    assertThat(ex.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(expected);
    return ex;
  }
}
