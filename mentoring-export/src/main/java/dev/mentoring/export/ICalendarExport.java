package dev.mentoring.export;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes meetings as iCalendar (RFC 5545) text, so that a host can offer them as {@code .ics} files
 * or calendar feeds. The calendar is built with <a href="https://www.ical4j.org">iCal4j</a>'s model
 * and written by its validating outputter, which escapes text, folds long lines and ends lines with
 * CRLF. Build one with {@link #builder(String)}.
 *
 * <p>The output is one {@code VCALENDAR} with {@code PRODID}, {@code VERSION:2.0}, {@code
 * CALSCALE:GREGORIAN} and {@code METHOD:PUBLISH}, one {@code VTIMEZONE} for each time zone the
 * meetings use (in order of first use), and one {@code VEVENT} per meeting, in the order given. A
 * series is written as one event per meeting, without a recurrence rule, so that each meeting can
 * be moved or cancelled on its own. Each event has:
 *
 * <table>
 *   <caption>Event properties</caption>
 *   <tr><th>property</th><th>value</th></tr>
 *   <tr><td>{@code UID}</td><td>{@code <meeting id>@<uid domain>}, stable for a meeting</td></tr>
 *   <tr><td>{@code DTSTAMP}</td><td>when the calendar was written, by the export's clock</td></tr>
 *   <tr><td>{@code CREATED}</td><td>{@link Meeting#createdAt()}</td></tr>
 *   <tr><td>{@code LAST-MODIFIED}</td><td>{@link Meeting#updatedAt()}</td></tr>
 *   <tr><td>{@code DTSTART}</td><td>{@link Meeting#start()} as local time with {@code TZID} in
 *     the meeting's {@linkplain Meeting#timeZone() time zone}; in UTC ({@code ...Z}) for UTC or a
 *     fixed offset, which have no {@code VTIMEZONE}, and for a zone iCal4j does not know</td></tr>
 *   <tr><td>{@code DURATION}</td><td>{@link Meeting#duration()}</td></tr>
 *   <tr><td>{@code SUMMARY}</td><td>{@link Meeting#title()}, left out if empty (after erasure)
 *     </td></tr>
 *   <tr><td>{@code DESCRIPTION}</td><td>{@link Meeting#agenda()}, left out if empty</td></tr>
 *   <tr><td>{@code LOCATION}</td><td>{@link Meeting#location()}, left out if absent</td></tr>
 *   <tr><td>{@code STATUS}</td><td>{@code CANCELLED} for a CANCELLED meeting; {@code CONFIRMED}
 *     for SCHEDULED, and also for HELD and NO_SHOW: the meeting kept its place in the calendar,
 *     and whether it took place is the pair's record, not the calendar's</td></tr>
 *   <tr><td>{@code SEQUENCE}</td><td>{@link Meeting#version()}, which only grows</td></tr>
 * </table>
 *
 * <p>Instants are written to the second (truncated). {@code METHOD:PUBLISH} is used because the
 * engine holds no calendar addresses: {@code REQUEST} (RFC 5546) would need an {@code ORGANIZER}
 * and {@code ATTENDEE}s. Neither private notes nor shared notes, ratings or the cancellation reason
 * are ever written: a calendar entry travels to servers and devices beyond the pair's control.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ICalendarExport {
  /** The product identifier written when the builder is given none. */
  public static final String DEFAULT_PRODID = "-//Mentoring SDK//Mentoring SDK Export//EN";

  private final String uidDomain;
  private final String prodId;
  private final Clock clock;

  private ICalendarExport(Builder b) {
    this.uidDomain = b.uidDomain;
    this.prodId = b.prodId == null ? DEFAULT_PRODID : b.prodId;
    this.clock = b.clock == null ? Clock.systemUTC() : b.clock;
  }

  /**
   * Returns a builder. The defaults: {@link #DEFAULT_PRODID} and the UTC system clock.
   *
   * @param uidDomain the domain that makes event UIDs globally unique, such as {@code
   *     mentoring.example.org}: 1 to 253 characters, without whitespace, {@code @} or control
   *     characters
   * @return a new builder
   * @throws NullPointerException if {@code uidDomain} is null
   * @throws IllegalArgumentException if {@code uidDomain} is malformed
   */
  public static Builder builder(String uidDomain) {
    return new Builder(uidDomain);
  }

  /**
   * Returns the domain of the event UIDs.
   *
   * @return the domain
   */
  public String uidDomain() {
    return uidDomain;
  }

  /**
   * Returns the product identifier written as {@code PRODID}.
   *
   * @return the identifier
   */
  public String prodId() {
    return prodId;
  }

  /**
   * Returns the UID of a meeting's event: {@code <meeting id>@<uid domain>}.
   *
   * @param meetingId the meeting
   * @return the UID
   * @throws NullPointerException if {@code meetingId} is null
   */
  public String uid(MeetingId meetingId) {
    return requireNonNull(meetingId, "meetingId").value() + "@" + uidDomain;
  }

  /**
   * Writes one meeting as a calendar with one event.
   *
   * @param meeting the meeting, as the reader may see it
   * @return the iCalendar text, lines ending with CRLF
   * @throws NullPointerException if {@code meeting} is null
   */
  public String toICalendar(Meeting meeting) {
    return toICalendar(List.of(requireNonNull(meeting, "meeting")));
  }

  /**
   * Writes meetings as one calendar, one event per meeting in the given order.
   *
   * @param meetings the meetings, at least one, each once
   * @return the iCalendar text, lines ending with CRLF
   * @throws NullPointerException if {@code meetings} or an element is null
   * @throws IllegalArgumentException if {@code meetings} is empty or holds a meeting id twice
   */
  public String toICalendar(List<Meeting> meetings) {
    List<Meeting> list = List.copyOf(meetings);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("meetings is empty: a calendar needs an event");
    }
    Instant stamp = clock.instant();
    // A registry per call: iCal4j's registries are mutable; its zone definitions are cached.
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Map<String, VTimeZone> zones = new LinkedHashMap<>();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(prodId));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    Set<MeetingId> seen = new HashSet<>();
    List<VEvent> events = new ArrayList<>();
    for (Meeting m : list) {
      if (!seen.add(m.id())) {
        throw new IllegalArgumentException("meeting " + m.id() + " is listed twice");
      }
      events.add(event(m, stamp, registry, zones));
    }
    zones.values().forEach(calendar::add);
    events.forEach(calendar::add);
    // iCal4j folds lines by characters; RFC 5545 (3.1) limits them to 75 octets. Text of wider
    // characters is written again with lines short enough for the widest one.
    String text = write(calendar, FoldingWriter.REDUCED_FOLD_LENGTH);
    int widest = widestCharacter(text);
    return widest == 1 ? text : write(calendar, FoldingWriter.MAX_FOLD_LENGTH / widest);
  }

  private static String write(Calendar calendar, int foldLength) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true, foldLength).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar breaks RFC 5545: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** The most UTF-8 octets one UTF-16 unit of the text takes: 1, 2 or 3. */
  private static int widestCharacter(String text) {
    int widest = 1;
    for (int i = 0; i < text.length() && widest < 3; i++) {
      char c = text.charAt(i);
      int octets = c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      widest = Math.max(widest, octets);
    }
    return widest;
  }

  private VEvent event(
      Meeting m, Instant stamp, TimeZoneRegistry registry, Map<String, VTimeZone> zones) {
    VEvent e = new VEvent(false);
    e.add(new Uid(uid(m.id())));
    e.add(new DtStamp(seconds(stamp)));
    e.add(new Created(seconds(m.createdAt())));
    e.add(new LastModified(seconds(m.updatedAt())));
    e.add(start(m, registry, zones));
    e.add(new Duration(m.duration()));
    if (!m.title().isEmpty()) {
      e.add(new Summary(m.title()));
    }
    if (!m.agenda().isEmpty()) {
      e.add(new Description(m.agenda()));
    }
    String location = m.location();
    if (location != null) {
      e.add(new Location(location));
    }
    e.add(status(m.status()));
    e.add(new Sequence((int) Math.min(m.version(), Integer.MAX_VALUE)));
    return e;
  }

  /**
   * The start as local time in the meeting's zone, registering the zone's VTIMEZONE; in UTC when
   * the zone is a fixed offset or unknown to iCal4j.
   */
  private static DtStart<? extends Temporal> start(
      Meeting m, TimeZoneRegistry registry, Map<String, VTimeZone> zones) {
    Instant start = seconds(m.start());
    ZoneId zone = m.timeZone();
    if (zone.normalized() instanceof ZoneOffset) {
      return new DtStart<>(start);
    }
    String tzid = zone.getId();
    VTimeZone known = zones.get(tzid);
    if (known == null) {
      TimeZone tz = registry.getTimeZone(tzid);
      if (tz == null) {
        return new DtStart<>(start);
      }
      known = tz.getVTimeZone().copy();
      zones.put(tzid, known);
    }
    return new DtStart<>(ZonedDateTime.ofInstant(start, zone));
  }

  private static Status status(MeetingStatus status) {
    return status == MeetingStatus.CANCELLED
        ? ImmutableStatus.VEVENT_CANCELLED
        : ImmutableStatus.VEVENT_CONFIRMED;
  }

  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Builds an {@link ICalendarExport}. Not thread-safe. Each setting may be set once; setting it
   * again throws {@link IllegalStateException}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String uidDomain;
    private @Nullable String prodId;
    private @Nullable Clock clock;

    private Builder(String uidDomain) {
      requireNonNull(uidDomain, "uidDomain");
      if (uidDomain.isEmpty()
          || uidDomain.length() > 253
          || uidDomain.chars().anyMatch(c -> c == '@' || Character.isWhitespace(c) || c < 0x20)) {
        throw new IllegalArgumentException(
            "uidDomain must be 1 to 253 characters without whitespace, '@' or control characters: "
                + uidDomain);
      }
      this.uidDomain = uidDomain;
    }

    /**
     * Sets the product identifier written as {@code PRODID}, such as {@code -//Acme//HR
     * Portal//EN}. Default: {@link #DEFAULT_PRODID}.
     *
     * @param value the identifier, not blank, without control characters
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank or holds a control character
     * @throws IllegalStateException if the identifier was set before
     */
    public Builder prodId(String value) {
      requireNonNull(value, "prodId");
      if (prodId != null) {
        throw new IllegalStateException("prodId was already set to " + prodId);
      }
      if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "prodId must not be blank or hold control characters: " + value);
      }
      this.prodId = value;
      return this;
    }

    /**
     * Sets the clock that dates each calendar ({@code DTSTAMP}). Default: {@link
     * Clock#systemUTC()}.
     *
     * @param value the clock
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if the clock was set before
     */
    public Builder clock(Clock value) {
      requireNonNull(value, "clock");
      if (clock != null) {
        throw new IllegalStateException("clock was already set");
      }
      this.clock = value;
      return this;
    }

    /**
     * Returns the export. The builder may be used again.
     *
     * @return a new export
     */
    public ICalendarExport build() {
      return new ICalendarExport(this);
    }
  }
}
