package dev.mentoring.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PathAndNumbersTest {

  @Test
  @DisplayName("paths print JSONPath-like, quoting keys that are not identifiers")
  void paths() {
    assertThat(Path.root()).hasToString("$");
    assertThat(Path.root().property("pairs").index(3).property("status"))
        .hasToString("$.pairs[3].status");
    assertThat(Path.root().property("odd key")).hasToString("$['odd key']");
    assertThat(Path.root().property("it's")).hasToString("$['it\\'s']");
    assertThat(Path.root().property("")).hasToString("$['']");
    assertThat(Path.root().property("é")).hasToString("$['\\u00e9']");
    assertThat(Path.root().property("1st")).hasToString("$['1st']");
    assertThat(Path.root().property("k".repeat(100)).toString()).hasSizeLessThan(80);
  }

  @Test
  @DisplayName("excerpts escape control and non-ASCII characters and cut long text")
  void excerpts() {
    assertThat(Text.quote("a\"b")).isEqualTo("\"a\\\"b\"");
    assertThat(Text.excerpt("\n\\é", 10)).isEqualTo("\\u000a\\u005c\\u00e9");
    assertThat(Text.excerpt("x".repeat(50), 40)).isEqualTo("x".repeat(40) + "...");
  }

  @Test
  @DisplayName("integers are read exactly within range and refused outside")
  void integers() {
    assertThat(Numbers.readLong(num("-0"), Path.root())).isZero();
    assertThat(Numbers.readLong(num("9223372036854775807"), Path.root())).isEqualTo(Long.MAX_VALUE);
    assertThat(Numbers.readLong(num("-9223372036854775808"), Path.root()))
        .isEqualTo(Long.MIN_VALUE);
    assertRefused(
        () -> Numbers.readLong(num("9223372036854775808"), Path.root()), Rule.OUT_OF_RANGE);
    assertRefused(() -> Numbers.readLong(num("1e2"), Path.root()), Rule.OUT_OF_RANGE);
    assertRefused(() -> Numbers.readLong(num("0012"), Path.root()), Rule.OUT_OF_RANGE);
    assertRefused(
        () -> Numbers.readLong(new JsonValue.JsonString("1"), Path.root()), Rule.WRONG_TYPE);
    assertThat(Numbers.readInt(num("-2147483648"), Path.root())).isEqualTo(Integer.MIN_VALUE);
    assertRefused(() -> Numbers.readInt(num("-2147483649"), Path.root()), Rule.OUT_OF_RANGE);
  }

  @Test
  @DisplayName("doubles are read from any finite JSON number and written in Double.toString form")
  void doubles() {
    assertThat(Numbers.readDouble(num("1.50e+3"), Path.root())).isEqualTo(1500.0);
    assertThat(Numbers.readDouble(num("-0.0"), Path.root())).isEqualTo(-0.0);
    assertThat(Numbers.readDouble(num("1e-999999"), Path.root())).isZero();
    assertRefused(() -> Numbers.readDouble(num("NaN"), Path.root()), Rule.WRONG_TYPE);
    assertRefused(() -> Numbers.readDouble(num("0x1p3"), Path.root()), Rule.WRONG_TYPE);
    assertRefused(() -> Numbers.readDouble(num("1d"), Path.root()), Rule.WRONG_TYPE);
    assertRefused(() -> Numbers.readDouble(num("-1e400"), Path.root()), Rule.OUT_OF_RANGE);
    assertThat(Numbers.format(-0.0, "x")).isEqualTo("-0.0");
    assertThat(Numbers.format(1e-5, "x")).isEqualTo("1.0E-5");
    assertThat(Numbers.format(812, "x")).isEqualTo("812.0");
    assertRefused(() -> Numbers.format(Double.POSITIVE_INFINITY, "x"), Rule.OUT_OF_RANGE);
  }

  private static JsonValue num(String text) {
    return new JsonValue.JsonNumber(text);
  }

  private static void assertRefused(Runnable r, Rule rule) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            MentoringJsonException.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }
}
