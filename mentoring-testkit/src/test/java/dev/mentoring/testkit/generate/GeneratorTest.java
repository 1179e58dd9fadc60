package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.testkit.internal.SplitMix64;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private final Generator<ProgramId> ids = DomainGenerators.programIds();

  @Test
  void generate_sameSeedAndSize_equalValue() {
    assertThat(ids.generate(7L, 3)).isEqualTo(ids.generate(7L, 3));
  }

  @Test
  void generate_drawsFromSplitMix64OfTheSeed() {
    assertThat(ids.generate(7L, 3)).isEqualTo(ids.next(new SplitMix64(7L), 3));
  }

  @Test
  void generateCount_continuesOneSequence() {
    List<ProgramId> three = ids.generate(7L, 3, 3);
    SplitMix64 random = new SplitMix64(7L);

    assertThat(three)
        .hasSize(3)
        .containsExactly(ids.next(random, 3), ids.next(random, 3), ids.next(random, 3));
    assertThat(three.get(0)).isEqualTo(ids.generate(7L, 3));
    assertThatThrownBy(() -> three.add(ProgramId.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void generateCount_zero_empty() {
    assertThat(ids.generate(7L, 3, 0)).isEmpty();
  }

  @Test
  void generate_negativeSize_throwsNamingTheSize() {
    assertThatThrownBy(() -> ids.generate(7L, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size is negative: -1");
    assertThatThrownBy(() -> ids.generate(7L, -2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size is negative: -2");
    assertThatThrownBy(() -> ids.next(new SplitMix64(1L), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size is negative: -3");
  }

  @Test
  void generateCount_negativeCount_throwsNamingTheCount() {
    assertThatThrownBy(() -> ids.generate(7L, 3, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count is negative: -1");
  }

  @Test
  void next_nullRandom_throwsNamingIt() {
    assertThatThrownBy(() -> ids.next(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("random");
  }

  @Test
  void map_appliesTheFunctionToEachValue() {
    Generator<String> values = ids.map(ProgramId::value);

    assertThat(values.generate(7L, 3)).isEqualTo(ids.generate(7L, 3).value());
  }

  @Test
  void map_nullMapperOrNullResult_throws() {
    assertThatThrownBy(() -> ids.map(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapper");
    Generator<ParticipantId> nulls = ids.map(id -> null);
    assertThatThrownBy(() -> nulls.generate(1L, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapped value");
  }

  @Test
  void lambda_isAGenerator() {
    Generator<Integer> sizes = (random, size) -> size + random.nextInt(1);

    assertThat(sizes.generate(1L, 4, 2)).containsExactly(4, 4);
  }
}
