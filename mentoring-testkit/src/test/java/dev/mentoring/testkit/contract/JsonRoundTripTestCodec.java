package dev.mentoring.testkit.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A small but real JSON codec for the domain's records, written for the testkit's own tests: the
 * testkit has no JSON library, and the contract needs a codec that truly serializes to show that it
 * passes. It walks records reflectively and writes canonical JSON: record components in declaration
 * order, set elements sorted by their JSON, map entries sorted by key, and an {@code "@type"}
 * member naming the subtype of every record that implements a sealed interface. Ids (records of one
 * string) are written as objects; as map keys they are their string, and enum keys their name.
 *
 * <p>Strings are escaped as RFC 8259 requires; instants, durations, dates and zones are written as
 * their ISO strings, links as their URI strings; doubles as {@link Double#toString}, which reads
 * back exactly.
 */
final class JsonRoundTripTestCodec implements JsonCodec {

  @Override
  public String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    Parser p = new Parser(json);
    Object tree = p.value();
    p.end();
    return type.cast(convert(tree, type));
  }

  // ===========================================================================================
  // write

  private static void write(@Nullable Object v, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("JSON has no " + d);
      }
      out.append(d);
    } else if (v instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (v instanceof Instant
        || v instanceof Duration
        || v instanceof LocalDate
        || v instanceof ZoneId
        || v instanceof URI) {
      string(v.toString(), out);
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (v instanceof Set<?> set) {
      List<String> elements = new ArrayList<>();
      for (Object e : set) {
        StringBuilder b = new StringBuilder();
        write(e, b);
        elements.add(b.toString());
      }
      elements.sort(null);
      out.append('[').append(String.join(",", elements)).append(']');
    } else if (v instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sorted.put(key(e.getKey()), e.getValue());
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (v instanceof Record r) {
      record(r, out);
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass());
    }
  }

  private static void record(Record r, StringBuilder out) {
    out.append('{');
    boolean first = true;
    if (sealedParent(r.getClass()) != null) {
      string("@type", out);
      out.append(':');
      string(r.getClass().getSimpleName(), out);
      first = false;
    }
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(c.getName(), out);
      out.append(':');
      try {
        write(c.getAccessor().invoke(r), out);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    out.append('}');
  }

  private static @Nullable Class<?> sealedParent(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.isSealed()) {
        return i;
      }
    }
    return null;
  }

  private static String key(Object key) {
    if (key instanceof String s) {
      return s;
    }
    if (key instanceof Integer || key instanceof Long) {
      return key.toString();
    }
    if (key instanceof Enum<?> e) {
      return e.name();
    }
    if (key instanceof Record r && r.getClass().getRecordComponents().length == 1) {
      try {
        return (String) r.getClass().getRecordComponents()[0].getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("cannot write a map key of " + key.getClass());
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  // ============================================================================================
  // read

  private static @Nullable Object convert(@Nullable Object tree, Type type) {
    if (tree == null) {
      return null;
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        Collection<Object> out =
            List.class.isAssignableFrom(raw) ? new ArrayList<>() : new LinkedHashSet<>();
        for (Object e : (List<?>) tree) {
          out.add(convert(e, args[0]));
        }
        return out;
      }
      if (Map.class.isAssignableFrom(raw)) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
          out.put(fromKey((String) e.getKey(), (Class<?>) args[0]), convert(e.getValue(), args[1]));
        }
        return out;
      }
      return convert(tree, raw);
    }
    if (type instanceof GenericArrayType) {
      throw new IllegalArgumentException("no arrays in the domain: " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return (String) tree;
    }
    if (c == boolean.class || c == Boolean.class) {
      return (Boolean) tree;
    }
    if (c == int.class || c == Integer.class) {
      return Integer.parseInt(((Num) tree).text());
    }
    if (c == long.class || c == Long.class) {
      return Long.parseLong(((Num) tree).text());
    }
    if (c == double.class || c == Double.class) {
      return Double.parseDouble(((Num) tree).text());
    }
    if (c.isEnum()) {
      return enumConstant(c, (String) tree);
    }
    if (c == Instant.class) {
      return Instant.parse((String) tree);
    }
    if (c == Duration.class) {
      return Duration.parse((String) tree);
    }
    if (c == LocalDate.class) {
      return LocalDate.parse((String) tree);
    }
    if (c == ZoneId.class) {
      return ZoneId.of((String) tree);
    }
    if (c == URI.class) {
      return URI.create((String) tree);
    }
    Map<?, ?> object = (Map<?, ?>) tree;
    if (c.isSealed()) {
      String name = (String) object.get("@type");
      for (Class<?> sub : c.getPermittedSubclasses()) {
        if (sub.getSimpleName().equals(name)) {
          return convert(tree, sub);
        }
      }
      throw new IllegalArgumentException("no subtype " + name + " of " + c);
    }
    if (c.isRecord()) {
      RecordComponent[] components = c.getRecordComponents();
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = convert(object.get(components[i].getName()), components[i].getGenericType());
      }
      try {
        Constructor<?> constructor = c.getDeclaredConstructor(types);
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot construct " + c + ": " + e.getCause(), e);
      }
    }
    throw new IllegalArgumentException("cannot read " + c);
  }

  private static Object fromKey(String key, Class<?> type) {
    if (type == String.class) {
      return key;
    }
    if (type == Integer.class) {
      return Integer.valueOf(key);
    }
    if (type == Long.class) {
      return Long.valueOf(key);
    }
    if (type.isEnum()) {
      return enumConstant(type, key);
    }
    if (type.isRecord()) {
      try {
        return type.getDeclaredConstructor(String.class).newInstance(key);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot read a key of " + type, e);
      }
    }
    throw new IllegalArgumentException("cannot read a key of " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  /** A JSON number, kept as written so that {@code -0.0} and long extremes read back exactly. */
  private record Num(String text) {}

  /** A recursive-descent parser of RFC 8259 JSON into maps, lists, strings, decimals, booleans. */
  private static final class Parser {
    private static final Pattern NUMBER =
        Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    @Nullable Object value() {
      skip();
      if (i >= s.length()) {
        throw error("a value");
      }
      return switch (s.charAt(i)) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        default -> literal();
      };
    }

    private @Nullable Object literal() {
      for (String word : List.of("null", "true", "false")) {
        if (s.startsWith(word, i)) {
          i += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      return number();
    }

    void end() {
      skip();
      if (i != s.length()) {
        throw error("the end");
      }
    }

    private Map<String, @Nullable Object> object() {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      i++;
      skip();
      if (peek('}')) {
        i++;
        return out;
      }
      while (true) {
        skip();
        String key = string();
        skip();
        expect(':');
        out.put(key, value());
        skip();
        if (peek(',')) {
          i++;
        } else {
          expect('}');
          return out;
        }
      }
    }

    private List<@Nullable Object> array() {
      List<@Nullable Object> out = new ArrayList<>();
      i++;
      skip();
      if (peek(']')) {
        i++;
        return out;
      }
      while (true) {
        out.add(value());
        skip();
        if (peek(',')) {
          i++;
        } else {
          expect(']');
          return out;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw error("a closing quote");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c < 0x20) {
          throw error("no raw control character");
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw error("an escape");
        }
      }
    }

    private Num number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (start == i) {
        throw error("a value");
      }
      String text = s.substring(start, i);
      if (!NUMBER.matcher(text).matches()) {
        throw error("a number");
      }
      return new Num(text);
    }

    private void skip() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private boolean peek(char c) {
      return i < s.length() && s.charAt(i) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "'");
      }
      i++;
    }

    private IllegalArgumentException error(String expected) {
      return new IllegalArgumentException("expected " + expected + " at " + i + " in " + s);
    }
  }
}
