package dev.mentoring.core.internal;

import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.spi.MentoringStore;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.function.Function;

/** What every service shares: the store, the clock, input checks, the strategy and delivery. */
public final class Engine {
  final MentoringStore store;
  final Clock clock;
  final InputCheck input;
  final MatchingStrategy strategy;
  final Dispatcher dispatcher;

  /**
   * Creates the engine.
   *
   * @param store the store
   * @param clock the clock
   * @param validator the Jakarta validator
   * @param strategy the default matching strategy
   * @param dispatcher event and notification delivery
   */
  public Engine(
      MentoringStore store,
      Clock clock,
      Validator validator,
      MatchingStrategy strategy,
      Dispatcher dispatcher) {
    this.store = store;
    this.clock = clock;
    this.input = new InputCheck(validator);
    this.strategy = strategy;
    this.dispatcher = dispatcher;
  }

  /** Runs work in one transaction and publishes what it recorded after commit. */
  <R> R write(Function<Op, R> work) {
    return store.inTransaction(
        tx -> {
          Op op = new Op(tx, clock.instant());
          tx.afterCommit(() -> dispatcher.dispatch(op.events, op.notifications));
          return work.apply(op);
        });
  }
}
