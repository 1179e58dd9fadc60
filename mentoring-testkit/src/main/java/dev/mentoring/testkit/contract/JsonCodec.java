package dev.mentoring.testkit.contract;

import org.apiguardian.api.API;

/**
 * The two operations of a JSON module that {@link JsonRoundTripContract} checks: writing a value
 * and reading one back as a given type. A host adapts its mapper (here Jackson's) in three lines:
 *
 * <pre>{@code
 * record MapperCodec(ObjectMapper mapper) implements JsonCodec {
 *   public String write(Object value) throws Exception { return mapper.writeValueAsString(value); }
 *   public <T> T read(String json, Class<T> type) throws Exception { return mapper.readValue(json, type); }
 * }
 * }</pre>
 *
 * <p>Both methods may throw any exception, checked or not (Jackson 2 throws checked ones); the kit
 * reports it as a failure with the value's seed, type and JSON. An implementation is used by one
 * test at a time.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface JsonCodec {

  /**
   * Writes a value as JSON.
   *
   * @param value the value, never null
   * @return its JSON text
   * @throws Exception if the value cannot be written
   */
  String write(Object value) throws Exception;

  /**
   * Reads a value of a type from JSON. For a sealed type, such as {@link
   * dev.mentoring.core.event.MentoringEvent}, the JSON must tell which subtype it holds.
   *
   * @param json the JSON text
   * @param type the type to read, possibly a sealed interface
   * @param <T> the type
   * @return the value
   * @throws Exception if the JSON cannot be read as the type
   */
  <T> T read(String json, Class<T> type) throws Exception;
}
