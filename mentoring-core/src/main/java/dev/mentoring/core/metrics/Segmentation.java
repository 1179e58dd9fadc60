package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.Profile;
import java.util.Comparator;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A profile attribute that splits a program report into segments, for fairness reviews: {@link
 * #department()}, {@link #seniority()}, {@link #location()}, or any attribute a host names with
 * {@link #of}. A person without a value for the attribute falls in the segment {@link #NONE}.
 *
 * <p>Segments are sorted by {@link #valueOrder()}. Instances are immutable and thread-safe if their
 * attribute function is; they compare by identity.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Segmentation {

  /** The segment of people without a value for the attribute: the empty string. */
  public static final String NONE = "";

  /** The longest name accepted. */
  public static final int MAX_NAME = 100;

  private static final Segmentation DEPARTMENT =
      new Segmentation("department", Profile::department);
  private static final Segmentation SENIORITY =
      new Segmentation("seniority", p -> Integer.toString(p.seniority()));
  private static final Segmentation LOCATION = new Segmentation("location", Profile::location);

  private static final Comparator<String> VALUE_ORDER =
      Comparator.comparing((String v) -> !v.isEmpty())
          .thenComparing(v -> !isWholeNumber(v))
          .thenComparing(
              (a, b) -> isWholeNumber(a) ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : 0)
          .thenComparing(Comparator.naturalOrder());

  private final String name;
  private final Function<Profile, @Nullable String> attribute;

  private Segmentation(String name, Function<Profile, @Nullable String> attribute) {
    this.name = name;
    this.attribute = attribute;
  }

  /**
   * Segments by department.
   *
   * @return the segmentation named {@code department}
   */
  public static Segmentation department() {
    return DEPARTMENT;
  }

  /**
   * Segments by seniority level; every profile has one, 0 unless stated.
   *
   * @return the segmentation named {@code seniority}
   */
  public static Segmentation seniority() {
    return SENIORITY;
  }

  /**
   * Segments by location.
   *
   * @return the segmentation named {@code location}
   */
  public static Segmentation location() {
    return LOCATION;
  }

  /**
   * Segments by an attribute the host chooses.
   *
   * @param name the name shown in reports and exports, 1 to 100 characters, not blank
   * @param attribute the segment of a profile, or {@code null} (or {@link #NONE}) for none; it must
   *     not throw and should be fast, as it runs once per enrollment
   * @return the segmentation
   * @throws IllegalArgumentException if {@code name} is blank or longer than 100 characters
   */
  public static Segmentation of(String name, Function<Profile, @Nullable String> attribute) {
    requireNonNull(name, "name");
    requireNonNull(attribute, "attribute");
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "name must be 1 to " + MAX_NAME + " characters, not blank: '" + name + "'");
    }
    return new Segmentation(name, attribute);
  }

  /**
   * Returns the name.
   *
   * @return the name shown in reports and exports
   */
  public String name() {
    return name;
  }

  /**
   * Returns the segment of a profile.
   *
   * @param profile the profile
   * @return the attribute's value, or {@link #NONE} if it has none
   */
  public String valueOf(Profile profile) {
    String value = attribute.apply(requireNonNull(profile, "profile"));
    return value == null ? NONE : value;
  }

  /**
   * Returns the order of segments: {@link #NONE} first, then values that are whole numbers (such as
   * seniority levels) in numeric order, then the other values in text order.
   *
   * @return the comparator
   */
  public static Comparator<String> valueOrder() {
    return VALUE_ORDER;
  }

  private static boolean isWholeNumber(String value) {
    int start = value.startsWith("-") ? 1 : 0;
    int digits = value.length() - start;
    if (digits < 1 || digits > 18) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Segmentation[" + name + "]";
  }
}
