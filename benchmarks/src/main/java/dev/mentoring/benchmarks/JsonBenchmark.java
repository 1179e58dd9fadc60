package dev.mentoring.benchmarks;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.jackson.MentoringModule;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and reading JSON with the Mentoring modules ({@code mentoring-jackson} on Jackson 3,
 * {@code mentoring-jackson2} on Jackson 2), against plain Jackson 3 and 2 data binding of the plain
 * records in {@link JsonPojos}, which write the same bytes.
 *
 * <p>Documents ({@code document}):
 *
 * <ul>
 *   <li>{@code result}: the {@link MatchingResult} of the built-in {@code optimal} strategy on a
 *       {@link MatchingInstances} problem of 10,000 mentees and 3,000 mentors (capacity 3 or 4)
 *       drawn from a {@link SyntheticOrganization} of 40,000 people: 10,000 proposals, each
 *       explained by the default model's 8 contributions, about 10.6 MB of JSON;
 *   <li>{@code report}: standing in for a program report until core has one, the {@link
 *       MatchingEvaluation} of that result with mentees segmented by department and location (132
 *       segments), about 15 KB of JSON.
 * </ul>
 *
 * <p>Measured, in operations per second: {@code writeValueAsString} of the prepared value and
 * {@code readValue} of the prepared JSON string, through a mapper built once: {@code ours3}, {@code
 * ours2} with our module registered; {@code plain3}, {@code plain2} with nothing registered, on the
 * plain twin. Throughput in MB/s is the rate times the UTF-8 size that the setup prints.
 *
 * <p>The trial setup builds the documents and checks that all four mappers write the same bytes.
 * After every iteration, outside the timing, the last string written must equal that JSON and the
 * last value read must equal the input (ours) or its plain twin (baseline); a mismatch fails the
 * benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class JsonBenchmark {

  /** The people in the organisation the problem is drawn from. */
  static final int PEOPLE = 40_000;

  /** The mentees, and the proposals of the result. */
  static final int PAIRS = 10_000;

  /** The document: {@code result} or {@code report}. */
  @Param({"result", "report"})
  public String document = "result";

  private final ObjectMapper ours3 = JsonMapper.builder().addModule(new MentoringModule()).build();
  private final ObjectMapper plain3 = JsonMapper.builder().build();
  private final com.fasterxml.jackson.databind.ObjectMapper ours2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new dev.mentoring.jackson2.MentoringModule())
          .build();
  private final com.fasterxml.jackson.databind.ObjectMapper plain2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder().build();

  private Object value = "";
  private Class<?> type = String.class;
  private Object pojo = "";
  private Class<?> pojoType = String.class;
  private String json = "";

  private String lastOursWritten;
  private String lastPlainWritten;
  private Object lastOursRead;
  private Object lastPlainRead;

  /**
   * Builds the document, its plain twin and its JSON; checks that all four mappers agree.
   *
   * @throws Exception if Jackson 2 fails
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    SyntheticOrganization org = SyntheticOrganization.generate(42L, PEOPLE);
    MatchingProblem problem =
        MatchingInstances.builder()
            .mentees(PAIRS)
            .mentors(3_000)
            .capacity(3, 4)
            .build()
            .problem(org, 7L);
    MatchingResult result =
        MatchingStrategies.builtIns().get(MatchingStrategies.OPTIMAL).match(problem);
    if (result.proposals().size() != PAIRS) {
      throw new IllegalStateException(result.proposals().size() + " proposals, not " + PAIRS);
    }
    for (Proposal p : result.proposals()) {
      if (p.explanation().contributions().size() != 8) {
        throw new IllegalStateException("explanation without 8 contributions: " + p);
      }
    }
    switch (document) {
      case "result" -> {
        value = result;
        pojo = JsonPojos.of(result);
      }
      case "report" -> {
        MatchingEvaluation evaluation =
            MatchingEvaluation.of(
                CompatibilityModel.defaults().score(problem), result, JsonBenchmark::segment);
        value = evaluation;
        pojo = JsonPojos.of(evaluation);
      }
      default -> throw new IllegalArgumentException("document " + document);
    }
    type = value.getClass();
    pojoType = pojo.getClass();
    json = ours3.writeValueAsString(value);
    same("ours2", ours2.writeValueAsString(value));
    same("plain3", plain3.writeValueAsString(pojo));
    same("plain2", plain2.writeValueAsString(pojo));
    System.out.printf(
        Locale.ROOT,
        "%n%s: %,d characters, %,d bytes of UTF-8 JSON%n",
        document,
        json.length(),
        json.getBytes(StandardCharsets.UTF_8).length);
  }

  private static String segment(Enrollment e) {
    return Objects.requireNonNullElse(e.profile().department(), "(none)")
        + " / "
        + Objects.requireNonNullElse(e.profile().location(), "(none)");
  }

  private void same(String mapper, String written) {
    if (!written.equals(json)) {
      throw new IllegalStateException(
          mapper + " writes " + written.length() + " characters, ours3 " + json.length());
    }
  }

  /** Checks the last string written and the last value read, then forgets them. */
  @TearDown(Level.Iteration)
  public void check() {
    if (lastOursWritten != null && !lastOursWritten.equals(json)) {
      throw new IllegalStateException("our module wrote different JSON");
    }
    if (lastPlainWritten != null && !lastPlainWritten.equals(json)) {
      throw new IllegalStateException("plain Jackson wrote different JSON");
    }
    if (lastOursRead != null && !lastOursRead.equals(value)) {
      throw new IllegalStateException("our module read back a different " + type.getSimpleName());
    }
    if (lastPlainRead != null && !lastPlainRead.equals(pojo)) {
      throw new IllegalStateException(
          "plain Jackson read back a different " + pojoType.getSimpleName());
    }
    lastOursWritten = null;
    lastPlainWritten = null;
    lastOursRead = null;
    lastPlainRead = null;
  }

  /**
   * Jackson 3 with our module: value to JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String writeOurs3() {
    String s = ours3.writeValueAsString(value);
    lastOursWritten = s;
    return s;
  }

  /**
   * Jackson 3 with our module: JSON to value.
   *
   * @return the value
   */
  @Benchmark
  public Object readOurs3() {
    Object v = ours3.readValue(json, type);
    lastOursRead = v;
    return v;
  }

  /**
   * Jackson 2 with our module: value to JSON.
   *
   * @return the JSON
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public String writeOurs2() throws Exception {
    String s = ours2.writeValueAsString(value);
    lastOursWritten = s;
    return s;
  }

  /**
   * Jackson 2 with our module: JSON to value.
   *
   * @return the value
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public Object readOurs2() throws Exception {
    Object v = ours2.readValue(json, type);
    lastOursRead = v;
    return v;
  }

  /**
   * Plain Jackson 3 record binding: plain twin to JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String writePlain3() {
    String s = plain3.writeValueAsString(pojo);
    lastPlainWritten = s;
    return s;
  }

  /**
   * Plain Jackson 3 record binding: JSON to plain twin.
   *
   * @return the value
   */
  @Benchmark
  public Object readPlain3() {
    Object v = plain3.readValue(json, pojoType);
    lastPlainRead = v;
    return v;
  }

  /**
   * Plain Jackson 2 record binding: plain twin to JSON.
   *
   * @return the JSON
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public String writePlain2() throws Exception {
    String s = plain2.writeValueAsString(pojo);
    lastPlainWritten = s;
    return s;
  }

  /**
   * Plain Jackson 2 record binding: JSON to plain twin.
   *
   * @return the value
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public Object readPlain2() throws Exception {
    Object v = plain2.readValue(json, pojoType);
    lastPlainRead = v;
    return v;
  }
}
