package dev.mentoring.examples.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.examples.notifier.JsonLinesNotifier.Delivery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JsonLinesNotifierTest {

  @Test
  void run_outboxHoldsEveryNotificationAsOneNumberedJsonLine() {
    StringWriter outbox = new StringWriter();
    List<Notification> sent =
        NotifierExample.run(
            outbox, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));

    List<String> lines = outbox.toString().lines().toList();
    assertThat(lines).hasSize(sent.size()).hasSize(26);
    assertThat(lines.get(0)).startsWith("{\"sequence\":1,\"recipient\":\"");
    assertThat(lines).allSatisfy(l -> assertThat(l).contains("\"notification\":{\"type\":\""));
    List<Delivery> read = NotifierExample.deliveries(outbox.toString());
    assertThat(read)
        .extracting(Delivery::sequence)
        .containsExactly(LongStream.rangeClosed(1, 26).boxed().toArray(Long[]::new));
    assertThat(read).extracting(Delivery::notification).containsExactlyElementsOf(sent);
  }

  @Test
  void constructor_rejectsNullOutbox() {
    assertThatThrownBy(() -> new JsonLinesNotifier(nullWriter()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out");
  }

  @Test
  void send_failingOutbox_throwsNamingTheLine() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter good = new StringWriter();
    NotifierExample.run(
        good, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    Notification any = NotifierExample.deliveries(good.toString()).get(0).notification();

    assertThatThrownBy(() -> new JsonLinesNotifier(broken).send(any))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write notification 1");
  }

  @SuppressWarnings("NullAway")
  private static Writer nullWriter() {
    return null;
  }
}
