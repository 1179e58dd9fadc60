package dev.mentoring.jackson;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.testing.JsonUnderTest;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 binding under test: a plain {@link JsonMapper} with the module registered. */
final class Jackson3 implements JsonUnderTest {

  /** The golden files' layout: two-space indent, {@code "name": value}, {@code []} when empty. */
  static final DefaultPrettyPrinter GOLDEN_LAYOUT =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final JsonMapper mapper;
  private final ObjectWriter pretty;

  /**
   * Creates the binding.
   *
   * @param options the module's read options
   */
  Jackson3(JsonReadOptions options) {
    this.mapper =
        JsonMapper.builder()
            .addModule(MentoringModule.builder().readOptions(options).build())
            .build();
    this.pretty = mapper.writer().with(GOLDEN_LAYOUT);
  }

  /**
   * Returns the mapper.
   *
   * @return the mapper
   */
  JsonMapper mapper() {
    return mapper;
  }

  @Override
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  @Override
  public String writePretty(Object value) {
    return pretty.writeValueAsString(value);
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  public boolean isParserException(Throwable e) {
    return e instanceof StreamReadException;
  }
}
