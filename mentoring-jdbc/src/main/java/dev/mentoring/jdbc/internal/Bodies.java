package dev.mentoring.jdbc.internal;

import dev.mentoring.jackson.MentoringModule;
import dev.mentoring.jdbc.JdbcStoreException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads aggregate bodies in the mentoring-json shape. Thread-safe: the mapper is
 * immutable.
 */
final class Bodies {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new MentoringModule()).build();

  private Bodies() {}

  static String write(Object aggregate) {
    try {
      return MAPPER.writeValueAsString(aggregate);
    } catch (JacksonException e) {
      throw new JdbcStoreException(
          "cannot write " + aggregate.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <V> V read(String body, Class<V> type, String table, String id) {
    try {
      return MAPPER.readValue(body, type);
    } catch (JacksonException e) {
      throw new JdbcStoreException(
          "the body of " + table + " row " + id + " is not a readable " + type.getSimpleName(), e);
    }
  }
}
