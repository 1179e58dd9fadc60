package dev.mentoring.json.testing;

/**
 * A JSON binding under test: one mapper with a Mentoring module registered. The Jackson 3 and
 * Jackson 2 modules each provide one; the testkit's {@code JsonRoundTripContract} takes the same
 * two operations.
 */
public interface JsonUnderTest {

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value
   * @return the JSON
   * @throws Exception whatever the binding throws
   */
  String write(Object value) throws Exception;

  /**
   * Writes a value pretty-printed as the golden files are: two-space indent, {@code "name": value},
   * one array element per line, empty arrays and objects as {@code []} and {@code {}}, {@code \n}
   * line ends, no final line end.
   *
   * @param value the value
   * @return the JSON
   * @throws Exception whatever the binding throws
   */
  String writePretty(Object value) throws Exception;

  /**
   * Reads a value.
   *
   * @param json the JSON
   * @param type the class to read
   * @param <T> its type
   * @return the value
   * @throws Exception whatever the binding throws
   */
  <T> T read(String json, Class<T> type) throws Exception;

  /**
   * Tells whether an exception is the binding's own report of malformed JSON, with a location.
   *
   * @param e the exception
   * @return whether it is the parser's exception
   */
  boolean isParserException(Throwable e);
}
