package dev.mentoring.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.testing.JsonUnderTest;

/** The Jackson 2 binding under test: a plain {@link JsonMapper} with the module registered. */
final class Jackson2 implements JsonUnderTest {

  /** The golden files' layout: two-space indent, {@code "name": value}, {@code []} when empty. */
  static final DefaultPrettyPrinter GOLDEN_LAYOUT =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final ObjectMapper mapper;
  private final ObjectWriter pretty;

  Jackson2(JsonReadOptions options) {
    this.mapper =
        JsonMapper.builder()
            .addModule(MentoringModule.builder().readOptions(options).build())
            .build();
    this.pretty = mapper.writer(GOLDEN_LAYOUT);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public String write(Object value) throws JsonProcessingException {
    return mapper.writeValueAsString(value);
  }

  @Override
  public String writePretty(Object value) throws JsonProcessingException {
    return pretty.writeValueAsString(value);
  }

  @Override
  public <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }

  @Override
  public boolean isParserException(Throwable e) {
    return e instanceof StreamReadException;
  }
}
