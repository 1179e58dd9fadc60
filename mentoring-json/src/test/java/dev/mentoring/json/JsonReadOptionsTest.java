package dev.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.MentoringException;
import dev.mentoring.json.MentoringJsonException.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonReadOptionsTest {

  @Test
  @DisplayName("the defaults are strict and bounded")
  void defaults() {
    JsonReadOptions d = JsonReadOptions.defaults();
    assertThat(d.ignoreUnknownProperties()).isFalse();
    assertThat(d.maxStringLength()).isEqualTo(100_000);
    assertThat(d.maxCollectionSize()).isEqualTo(100_000);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(JsonReadOptions.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d)
        .hasToString(
            "JsonReadOptions{ignoreUnknownProperties=false, maxStringLength=100000,"
                + " maxCollectionSize=100000, maxNestingDepth=32}");
  }

  @Test
  @DisplayName("the builder sets every option and copies them at build")
  void builder() {
    JsonReadOptions.Builder b =
        JsonReadOptions.builder()
            .ignoreUnknownProperties(true)
            .maxStringLength(1)
            .maxCollectionSize(0)
            .maxNestingDepth(1_000);
    JsonReadOptions o = b.build();
    b.maxNestingDepth(1);
    assertThat(o.ignoreUnknownProperties()).isTrue();
    assertThat(o.maxStringLength()).isEqualTo(1);
    assertThat(o.maxCollectionSize()).isZero();
    assertThat(o.maxNestingDepth()).isEqualTo(1_000);
    assertThat(o).isNotEqualTo(JsonReadOptions.defaults()).isNotEqualTo("options");
    assertThat(b.build().maxNestingDepth()).isEqualTo(1);
  }

  @Test
  @DisplayName("out-of-range limits are refused with the option's name")
  void invalidLimits() {
    assertThatThrownBy(() -> JsonReadOptions.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be at least 1: 0");
    assertThatThrownBy(() -> JsonReadOptions.builder().maxCollectionSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxCollectionSize must not be negative: -1");
    assertThatThrownBy(() -> JsonReadOptions.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be 1 to 1000: 0");
    assertThatThrownBy(() -> JsonReadOptions.builder().maxNestingDepth(1_001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the exception carries path, rule and detail and is a MentoringException")
  void exception() {
    MentoringJsonException e =
        new MentoringJsonException("$.pairs[3].status", Rule.UNKNOWN_NAME, "unknown name \"x\"");
    assertThat(e).isInstanceOf(MentoringException.class);
    assertThat(e.path()).isEqualTo("$.pairs[3].status");
    assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_NAME);
    assertThat(e.detail()).isEqualTo("unknown name \"x\"");
    assertThat(e).hasMessage("$.pairs[3].status: unknown name \"x\" [UNKNOWN_NAME]");
    assertThatThrownBy(() -> new MentoringJsonException(null, Rule.NULL, "d"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path");
    assertThatThrownBy(() -> new MentoringJsonException("$", null, "d"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> new MentoringJsonException("$", Rule.NULL, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("detail");
  }
}
