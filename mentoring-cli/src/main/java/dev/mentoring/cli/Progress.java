package dev.mentoring.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports the phases of a run, one step each. {@link #none()} reports nothing; {@link #bar} draws a
 * progress bar on a stream (the terminal's stderr), redrawn every 200 ms from the bar's own thread
 * until {@link #close()}.
 */
interface Progress extends AutoCloseable {

  /**
   * Starts the next phase, ending the one before.
   *
   * @param name what the phase does
   */
  void phase(String name);

  /** Ends the last phase and removes the bar's thread. */
  @Override
  void close();

  /** Returns progress that reports nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void phase(String name) {}

      @Override
      public void close() {}
    };
  }

  /**
   * Returns a progress bar of a fixed number of phases, drawn on {@code err}. The bar's width is
   * fixed at 100 columns, so that no terminal is queried.
   *
   * @param err where to draw
   * @param phases how many phases the run has
   * @return the bar
   */
  static Progress bar(PrintStream err, int phases) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Matching")
            .setInitialMax(phases)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new ConsoleProgressBarConsumer(err, 100))
            .hideEta()
            .build();
    return new Progress() {
      private boolean started;

      @Override
      public void phase(String name) {
        if (started) {
          bar.step();
        }
        started = true;
        bar.setExtraMessage(name);
      }

      @Override
      public void close() {
        bar.stepTo(bar.getMax());
        bar.close();
      }
    };
  }
}
