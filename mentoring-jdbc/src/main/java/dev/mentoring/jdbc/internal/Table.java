package dev.mentoring.jdbc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of aggregate maps to its table, with the SQL of its generic operations prepared for
 * one dialect. Immutable.
 *
 * @param <V> the aggregate
 */
final class Table<V> {

  /** Reads a key column's value from an aggregate. */
  @FunctionalInterface
  interface Key<V> {
    @Nullable String of(V value);
  }

  /** A key column: its name and how to read its value. */
  record Column<V>(String name, Key<V> key) {}

  /** The name of an aggregate's program column; programs themselves have none. */
  static final String PROGRAM_ID = "program_id";

  final String kind;
  final String name;
  final Class<V> type;
  private final Function<V, Object> id;
  private final ToLongFunction<V> version;
  private final BiFunction<V, Long, V> withVersion;
  final List<Column<V>> columns;
  final @Nullable Column<V> program;
  final List<Column<V>> unique;
  final Comparator<V> order;

  final String select;
  final String selectById;
  final String insert;
  final String update;
  final String delete;
  final String selectVersion;
  final @Nullable String selectByUnique;

  /**
   * Describes a table.
   *
   * @param columns the key columns besides id, version and body, in table order
   * @param unique the columns of the secondary unique constraint, or empty
   */
  Table(
      Dialect dialect,
      String kind,
      String name,
      Class<V> type,
      Function<V, Object> id,
      ToLongFunction<V> version,
      BiFunction<V, Long, V> withVersion,
      Comparator<V> order,
      List<Column<V>> columns,
      List<String> unique) {
    this.kind = kind;
    this.name = name;
    this.type = type;
    this.id = id;
    this.version = version;
    this.withVersion = withVersion;
    this.order = order;
    this.columns = List.copyOf(columns);
    this.program =
        columns.stream().filter(c -> c.name().equals(PROGRAM_ID)).findFirst().orElse(null);
    List<Column<V>> uniqueColumns = new ArrayList<>();
    for (String u : unique) {
      uniqueColumns.add(columns.stream().filter(c -> c.name().equals(u)).findFirst().orElseThrow());
    }
    this.unique = List.copyOf(uniqueColumns);

    this.select = "SELECT id, body FROM " + name;
    this.selectById = select + " WHERE id = ?";
    this.selectVersion =
        "SELECT version"
            + (program == null ? "" : ", " + PROGRAM_ID)
            + " FROM "
            + name
            + " WHERE id = ?";

    StringBuilder names = new StringBuilder("id, version");
    StringBuilder marks = new StringBuilder("?, ?");
    StringBuilder sets = new StringBuilder("version = ?");
    for (Column<V> c : columns) {
      names.append(", ").append(c.name());
      marks.append(", ?");
      sets.append(", ").append(c.name()).append(" = ?");
    }
    this.insert =
        "INSERT INTO "
            + name
            + " ("
            + names
            + ", body) VALUES ("
            + marks
            + ", ?)"
            + dialect.onConflictDoNothing();

    StringBuilder where = new StringBuilder(" WHERE id = ? AND version = ?");
    if (program != null) {
      where.append(" AND ").append(PROGRAM_ID).append(" = ?");
    }
    String uniqueMatch = "";
    if (!this.unique.isEmpty()) {
      StringBuilder m = new StringBuilder();
      for (Column<V> c : this.unique) {
        m.append(m.length() == 0 ? "" : " AND ").append(c.name()).append(" = ?");
      }
      uniqueMatch = m.toString();
      where
          .append(" AND NOT EXISTS (SELECT 1 FROM ")
          .append(name)
          .append(" o WHERE ")
          .append(uniqueMatch.replace(" AND ", " AND o.").replaceFirst("^", "o."))
          .append(" AND o.id <> ?)");
    }
    this.update = "UPDATE " + name + " SET " + sets + ", body = ?" + where;
    this.delete = "DELETE FROM " + name + " WHERE id = ? AND version = ?";
    this.selectByUnique =
        this.unique.isEmpty() ? null : "SELECT id, version FROM " + name + " WHERE " + uniqueMatch;
  }

  String id(V value) {
    return id.apply(value).toString();
  }

  long version(V value) {
    return version.applyAsLong(value);
  }

  V withVersion(V value, long newVersion) {
    return withVersion.apply(value, newVersion);
  }
}
