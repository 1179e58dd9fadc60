package dev.mentoring.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * An immutable location in a JSON value, printed JSONPath-like: {@code $}, {@code
 * $.pairs[3].status}, {@code $.answers['odd key']}. Built lazily: a segment is one small object
 * holding the name or index, and the text is only made when an error is reported.
 */
public final class Path {
  private static final Path ROOT = new Path(null, null, -1);

  private final @Nullable Path parent;
  private final @Nullable String name;
  private final int index;

  /** A property segment when {@code name} is not null, else an element segment (or the root). */
  private Path(@Nullable Path parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * Returns the path of the value being read.
   *
   * @return {@code $}
   */
  public static Path root() {
    return ROOT;
  }

  /**
   * Returns the path of a property (or map key) of the object at this path.
   *
   * @param name the property name
   * @return the longer path
   */
  public Path property(String name) {
    return new Path(this, name, -1);
  }

  /**
   * Returns the path of an element of the array at this path.
   *
   * @param index the element's index
   * @return the longer path
   */
  public Path index(int index) {
    return new Path(this, null, index);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      sb.append('$');
      return;
    }
    parent.append(sb);
    if (name == null) {
      sb.append('[').append(index).append(']');
    } else if (isIdentifier(name)) {
      sb.append('.').append(name);
    } else {
      sb.append("['").append(escape(name)).append("']");
    }
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || name.length() > 64 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i)) || name.charAt(i) > 0x7e) {
        return false;
      }
    }
    return name.charAt(0) <= 0x7e;
  }

  private static String escape(String name) {
    return Text.excerpt(name, 64).replace("'", "\\'");
  }
}
