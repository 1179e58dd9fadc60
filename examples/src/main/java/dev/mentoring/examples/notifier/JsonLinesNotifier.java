package dev.mentoring.examples.notifier;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import dev.mentoring.jackson.MentoringModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Notifier} that appends each notification, as one line of JSON, to an outbox that a
 * webhook relay or a log shipper reads: the shape of a webhook's request body, written durably
 * first. Each line is a {@link Delivery}: a sequence number (from 1, without gaps, in the order
 * lines were written), the recipient (so a relay can route without reading further) and the
 * notification in the documented JSON shape of {@code mentoring-jackson}, such as
 *
 * <pre>{@code
 * {"sequence":1,"recipient":"emp-0000035","notification":{"type":"match_proposed.v1",...}}
 * }</pre>
 *
 * <p>Thread-safe: lines from concurrent {@link #send} calls never interleave, and each is flushed
 * before {@code send} returns. A failure to write throws {@link UncheckedIOException}; the engine
 * logs it and the operation that caused the notification stands.
 */
public final class JsonLinesNotifier implements Notifier {

  /**
   * One line of the outbox.
   *
   * @param sequence the line's number, from 1
   * @param recipient who should be told, the same as {@code notification.recipient()}
   * @param notification what to tell them
   */
  public record Delivery(long sequence, ParticipantId recipient, Notification notification) {

    /**
     * Checks the components.
     *
     * @param sequence the line's number, at least 1
     * @param recipient who should be told
     * @param notification what to tell them
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if {@code sequence} is below 1, or {@code recipient} is not
     *     the notification's
     */
    public Delivery {
      if (sequence < 1) {
        throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
      }
      requireNonNull(recipient, "recipient");
      requireNonNull(notification, "notification");
      if (!recipient.equals(notification.recipient())) {
        throw new IllegalArgumentException(
            "recipient must be the notification's recipient "
                + notification.recipient().value()
                + ", was "
                + recipient.value());
      }
    }
  }

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new MentoringModule()).build();

  private final Writer out;
  private final Object lock = new Object();
  private long sequence; // guarded by lock

  /**
   * Creates a notifier that writes to an outbox.
   *
   * @param out the outbox, such as a file opened for appending; written and flushed under a lock,
   *     never closed by the notifier
   * @throws NullPointerException if {@code out} is null
   */
  public JsonLinesNotifier(Writer out) {
    this.out = requireNonNull(out, "out");
  }

  /**
   * Appends the notification as one line and flushes the outbox.
   *
   * @param notification what to tell whom
   * @throws NullPointerException if {@code notification} is null
   * @throws UncheckedIOException if the outbox cannot be written
   */
  @Override
  public void send(Notification notification) {
    requireNonNull(notification, "notification");
    synchronized (lock) {
      Delivery delivery = new Delivery(sequence + 1, notification.recipient(), notification);
      String line = MAPPER.writeValueAsString(delivery);
      try {
        out.write(line);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write notification " + delivery.sequence(), e);
      }
      sequence = delivery.sequence();
    }
  }

  /**
   * Reads an outbox back, as a relay would before posting each line.
   *
   * @param in the outbox's lines
   * @return the deliveries, in the order of the lines
   * @throws UncheckedIOException if the outbox cannot be read
   * @throws tools.jackson.core.JacksonException if a line is not a delivery
   */
  public static List<Delivery> read(Reader in) {
    requireNonNull(in, "in");
    List<Delivery> deliveries = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(in)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          deliveries.add(MAPPER.readValue(line, Delivery.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the outbox", e);
    }
    return deliveries;
  }
}
