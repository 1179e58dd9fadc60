package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.ListTokens.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import dev.mentoring.json.internal.JsonTokens.ParserLimitException;
import dev.mentoring.json.internal.JsonTokens.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {

  private static JsonValue read(JsonTokens tokens, JsonReadOptions options) {
    return JsonTreeReader.read(tokens, options, Path.root());
  }

  private static MentoringJsonException refused(JsonTokens tokens, JsonReadOptions options) {
    try {
      read(tokens, options);
    } catch (MentoringJsonException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  @DisplayName("nesting exactly at the limit is read; one level more is refused")
  void depthBoundary() {
    JsonReadOptions two = JsonReadOptions.builder().maxNestingDepth(2).build();
    JsonValue ok =
        read(
            new ListTokens(
                List.of(
                    t(Token.START_ARRAY),
                    t(Token.START_ARRAY),
                    t(Token.END_ARRAY),
                    t(Token.END_ARRAY))),
            two);
    assertThat(ok).isEqualTo(new JsonValue.JsonArray(List.of(new JsonValue.JsonArray(List.of()))));
    MentoringJsonException e =
        refused(
            new ListTokens(
                List.of(
                    t(Token.START_ARRAY),
                    t(Token.START_OBJECT),
                    t(Token.NAME, "a"),
                    t(Token.START_ARRAY))),
            two);
    assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
    assertThat(e.path()).isEqualTo("$[0].a");
  }

  @Test
  @DisplayName("a collection of exactly the maximum size is read; one more entry is refused")
  void sizeBoundary() {
    JsonReadOptions two = JsonReadOptions.builder().maxCollectionSize(2).build();
    assertThat(
            read(
                new ListTokens(
                    List.of(
                        t(Token.START_OBJECT),
                        t(Token.NAME, "a"),
                        t(Token.TRUE),
                        t(Token.NAME, "b"),
                        t(Token.NULL),
                        t(Token.END_OBJECT))),
                two))
        .isEqualTo(
            new JsonValue.JsonObject(
                Map.of("a", new JsonValue.JsonBoolean(true), "b", JsonValue.JsonNull.INSTANCE)));
    MentoringJsonException e =
        refused(
            new ListTokens(
                List.of(t(Token.START_ARRAY), t(Token.FALSE), t(Token.FALSE), t(Token.FALSE))),
            two);
    assertThat(e.rule()).isEqualTo(Rule.TOO_MANY);
    assertThat(e.path()).isEqualTo("$");
    assertThat(
            read(
                new ListTokens(List.of(t(Token.START_ARRAY), t(Token.END_ARRAY))),
                JsonReadOptions.builder().maxCollectionSize(0).build()))
        .isEqualTo(new JsonValue.JsonArray(List.of()));
  }

  @Test
  @DisplayName("a token the shape does not know is refused")
  void otherToken() {
    MentoringJsonException e =
        refused(new ListTokens(List.of(t(Token.OTHER))), JsonReadOptions.defaults());
    assertThat(e.rule()).isEqualTo(Rule.WRONG_TYPE);
    e =
        refused(
            new ListTokens(List.of(t(Token.START_OBJECT), t(Token.STRING, "x"))),
            JsonReadOptions.defaults());
    assertThat(e.detail()).contains("expected a property name");
  }

  @Test
  @DisplayName("a parser limit is reported at the property whose value the parser was reading")
  void parserLimit() {
    JsonTokens failing =
        new JsonTokens() {
          private int calls;

          @Override
          public Token current() {
            return Token.START_OBJECT;
          }

          @Override
          public Token next() {
            calls++;
            throw new ParserLimitException(
                "Number value length (1001) exceeds the maximum allowed (1000)",
                calls == 1 ? "level" : null,
                new RuntimeException());
          }

          @Override
          public String text() {
            return "";
          }
        };
    MentoringJsonException e = refused(failing, JsonReadOptions.defaults());
    assertThat(e.rule()).isEqualTo(Rule.PARSER_LIMIT);
    assertThat(e.path()).isEqualTo("$.level");
    assertThat(e.detail()).startsWith("Number value length");
  }

  @Test
  @DisplayName("a parser limit while reading text is reported at the value")
  void parserLimitOnText() {
    JsonTokens failing =
        new JsonTokens() {
          @Override
          public Token current() {
            return Token.STRING;
          }

          @Override
          public Token next() {
            throw new AssertionError();
          }

          @Override
          public String text() {
            throw new ParserLimitException(
                "String value length exceeds", null, new RuntimeException());
          }
        };
    MentoringJsonException e = refused(failing, JsonReadOptions.defaults());
    assertThat(e.rule()).isEqualTo(Rule.PARSER_LIMIT);
    assertThat(e.path()).isEqualTo("$");
  }

  @Test
  @DisplayName("numbers keep their text")
  void numbersKeepText() {
    assertThat(
            read(new ListTokens(List.of(t(Token.NUMBER, "1.50e+3"))), JsonReadOptions.defaults()))
        .isEqualTo(new JsonValue.JsonNumber("1.50e+3"));
    assertThatThrownBy(() -> new JsonValue.JsonNumber(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("a large object keeps its order, finds every member and refuses a key repeated late")
  void largeObject() {
    int n = 40;
    List<ListTokens.Item> items = new java.util.ArrayList<>();
    items.add(t(Token.START_OBJECT));
    for (int i = 0; i < n; i++) {
      items.add(t(Token.NAME, "k" + i));
      items.add(t(Token.NUMBER, Integer.toString(i)));
    }
    List<ListTokens.Item> repeated = new java.util.ArrayList<>(items);
    items.add(t(Token.END_OBJECT));
    JsonValue.JsonObject o =
        (JsonValue.JsonObject) read(new ListTokens(items), JsonReadOptions.defaults());
    assertThat(o.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(o.name(i)).isEqualTo("k" + i);
      assertThat(o.indexOf("k" + i)).isEqualTo(i);
      assertThat(o.value(o.indexOf("k" + i))).isEqualTo(new JsonValue.JsonNumber("" + i));
    }
    assertThat(o.indexOf("k" + n)).isEqualTo(-1);
    assertThat(o.members().keySet()).startsWith("k0", "k1").endsWith("k39");

    repeated.add(t(Token.NAME, "k3"));
    MentoringJsonException e = refused(new ListTokens(repeated), JsonReadOptions.defaults());
    assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
    assertThat(e.path()).isEqualTo("$.k3");
  }
}
