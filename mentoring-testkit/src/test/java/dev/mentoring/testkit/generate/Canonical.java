package dev.mentoring.testkit.generate;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A text form of a generated value that is the same on every JVM: record components in order, sets
 * sorted, maps sorted by key, doubles as their bits, enums by name. ({@code toString} will not do:
 * core's immutable sets and maps iterate in an order that changes from run to run, and enum hash
 * codes are identity hash codes.)
 */
final class Canonical {
  private Canonical() {}

  static String of(@Nullable Object v) {
    StringBuilder out = new StringBuilder();
    append(v, out);
    return out.toString();
  }

  /** The first 16 hex digits of the SHA-256 of the canonical forms of some values. */
  static String fingerprint(List<?> values) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object v : values) {
        sha.update(of(v).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void append(@Nullable Object v, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Double d) {
      out.append("d").append(Long.toHexString(Double.doubleToLongBits(d)));
    } else if (v instanceof String s) {
      out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (v instanceof Enum<?> e) {
      out.append(e.name());
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (Object e : list) {
        append(e, out);
        out.append(',');
      }
      out.append(']');
    } else if (v instanceof Set<?> set) {
      List<String> elements = new ArrayList<>();
      for (Object e : set) {
        elements.add(of(e));
      }
      elements.sort(null);
      out.append('{').append(String.join(",", elements)).append('}');
    } else if (v instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, x) -> sorted.put(of(k), of(x)));
      out.append(sorted);
    } else if (v instanceof Record r) {
      out.append(r.getClass().getSimpleName()).append('(');
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          append(c.getAccessor().invoke(r), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        out.append(';');
      }
      out.append(')');
    } else {
      out.append(v); // numbers, booleans, instants, durations, dates, zones
    }
  }
}
