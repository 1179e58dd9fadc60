package dev.mentoring.json.testing;

import static dev.mentoring.json.testing.MentoringJsonContract.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceSuggestion;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import dev.mentoring.matching.Recommendation;
import dev.mentoring.matching.SegmentSummary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input: each case must fail with a {@link MentoringJsonException} naming the
 * path and the rule (or, for malformed JSON, with the parser's own exception), never with an
 * exception from deep inside, a stack overflow or a partly built value.
 */
public abstract class HostileInputContract {

  /**
   * Returns the binding under test, reading with the given options.
   *
   * @param options the read options of the module
   * @return the binding
   */
  protected abstract JsonUnderTest json(JsonReadOptions options);

  private JsonUnderTest json() {
    return json(JsonReadOptions.defaults());
  }

  private MentoringJsonException refused(String text, Class<?> type) {
    return refusal(json(), text, type);
  }

  private static String golden(String file, String from, String to) {
    String text = Golden.read(file);
    assertThat(text).as("golden %s contains %s", file, from).contains(from);
    return text.replace(from, to);
  }

  private static final String SKILL = "{\"name\":\"Java\",\"level\":5}";

  @Nested
  @DisplayName("deep nesting")
  class DeepNesting {

    @Test
    @DisplayName("100,000 nested arrays in a property stop at the depth limit")
    void nestedArraysInProperty() {
      int n = 100_000;
      String text = "{\"contributions\":" + "[".repeat(n) + "]".repeat(n) + ",\"summary\":\"x\"}";
      MentoringJsonException e = refused(text, Explanation.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
      assertThat(e.path()).startsWith("$.contributions[0][0]");
      assertThat(e.detail()).contains(String.valueOf(JsonReadOptions.DEFAULT_MAX_NESTING_DEPTH));
    }

    @Test
    @DisplayName("100,000 nested arrays at the root stop at the depth limit")
    void nestedArraysAtRoot() {
      int n = 100_000;
      MentoringJsonException e = refused("[".repeat(n) + "]".repeat(n), Pair.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
      assertThat(e.path()).startsWith("$[0][0]");
    }

    @Test
    @DisplayName("nested objects in an ignored unknown property still count")
    void nestedObjectsInIgnoredProperty() {
      int n = 50_000;
      String text =
          "{\"name\":\"Java\",\"level\":5,\"x\":" + "{\"a\":".repeat(n) + "1" + "}".repeat(n) + "}";
      MentoringJsonException e =
          refusal(
              json(JsonReadOptions.builder().ignoreUnknownProperties(true).build()),
              text,
              Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
      assertThat(e.path()).startsWith("$.x.a.a");
    }

    @Test
    @DisplayName("a lower depth limit applies")
    void lowerLimit() {
      MentoringJsonException e =
          refusal(
              json(JsonReadOptions.builder().maxNestingDepth(2).build()),
              Golden.read("pairing/pair-ended-early.json"),
              Pair.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
      assertThat(e.path()).isEqualTo("$.explanation.contributions");
    }
  }

  @Nested
  @DisplayName("huge numbers")
  class HugeNumbers {

    @Test
    @DisplayName("1e999999 is out of range for an int")
    void exponentIntoInt() {
      MentoringJsonException e = refused("{\"name\":\"Java\",\"level\":1e999999}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.path()).isEqualTo("$.level");
    }

    @Test
    @DisplayName("1e999999 is out of range for a double")
    void exponentIntoDouble() {
      MentoringJsonException e =
          refused(
              "{\"segment\":\"s\",\"mentees\":1,\"matched\":1,\"meanScore\":1e999999}",
              SegmentSummary.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.path()).isEqualTo("$.meanScore");
      assertThat(e.detail()).contains("too large for a double");
    }

    @Test
    @DisplayName("a 10,000-digit integer is refused for int, long and double fields")
    void tenThousandDigits() {
      String digits = "9".repeat(10_000);
      assertHuge(refused("{\"name\":\"Java\",\"level\":" + digits + "}", Skill.class), "$.level");
      assertHuge(
          refused(
              golden("program/program.json", "\"version\": 3", "\"version\": " + digits),
              Program.class),
          "$.version");
      assertHuge(
          refused(
              "{\"segment\":\"s\",\"mentees\":1,\"matched\":1,\"meanScore\":" + digits + "}",
              SegmentSummary.class),
          "$.meanScore");
    }

    private void assertHuge(MentoringJsonException e, String path) {
      // The parser's own number-length limit (1,000 digits by default) usually stops it first.
      assertThat(e.rule()).isIn(Rule.PARSER_LIMIT, Rule.OUT_OF_RANGE);
      assertThat(e.path()).isEqualTo(path);
      assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    @DisplayName("a 999-digit integer is out of range for int, long and double")
    void belowParserLimit() {
      String digits = "9".repeat(999);
      assertThat(refused("{\"name\":\"Java\",\"level\":" + digits + "}", Skill.class).rule())
          .isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(
              refused(
                      "{\"segment\":\"s\",\"mentees\":1,\"matched\":1,\"meanScore\":"
                          + digits
                          + "}",
                      SegmentSummary.class)
                  .rule())
          .isEqualTo(Rule.OUT_OF_RANGE);
    }

    @Test
    @DisplayName("integers just outside int and long are out of range; fractions are not ints")
    void justOutside() {
      MentoringJsonException e = refused("{\"name\":\"Java\",\"level\":2147483648}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.detail()).contains("32-bit");
      e =
          refused(
              golden("program/program.json", "\"version\": 3", "\"version\": 9223372036854775808"),
              Program.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.detail()).contains("64-bit");
      e = refused("{\"name\":\"Java\",\"level\":1.5}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.detail()).contains("expected an integer");
    }
  }

  @Nested
  @DisplayName("type names")
  class TypeNames {

    @Test
    @DisplayName("an unknown type name is refused without listing the known ones")
    void unknownTypeName() {
      MentoringJsonException e =
          refused("{\"type\":\"pair_proposed.v9\",\"pairId\":\"x\"}", MentoringEvent.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.path()).isEqualTo("$.type");
      assertThat(e.getMessage()).doesNotContain("program_created").doesNotContain("dev.mentoring");
    }

    @Test
    @DisplayName("a Java class name is just an unknown type name")
    void classNameAsType() {
      MentoringJsonException e =
          refused("{\"type\":\"java.lang.ProcessBuilder\"}", MentoringEvent.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
    }

    @Test
    @DisplayName("a long type name is quoted only in part")
    void longTypeName() {
      MentoringJsonException e =
          refused("{\"type\":\"" + "x".repeat(10_000) + "\"}", MentoringEvent.class);
      assertThat(e.getMessage()).hasSizeLessThan(200);
    }

    @Test
    @DisplayName("a missing or null type is refused")
    void missingType() {
      MentoringJsonException e = refused("{\"pairId\":\"x\"}", MentoringEvent.class);
      assertThat(e.rule()).isEqualTo(Rule.MISSING);
      assertThat(e.path()).isEqualTo("$.type");
      assertThat(refused("{\"type\":null}", MentoringEvent.class).rule()).isEqualTo(Rule.NULL);
      assertThat(refused("{\"type\":7}", MentoringEvent.class).rule()).isEqualTo(Rule.WRONG_TYPE);
    }

    @Test
    @DisplayName("a subtype is not read from JSON of another subtype")
    void otherSubtype() {
      MentoringJsonException e =
          refused(Golden.read("event/program_created.v1.json"), PairProposed.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.detail()).contains("pair_proposed.v1").contains("program_created.v1");
    }

    @Test
    @DisplayName("default-typing wrappers and class properties are not understood")
    void defaultTypingShapes() {
      assertThat(
              refused("[\"dev.mentoring.core.enrollment.Skill\"," + SKILL + "]", Skill.class)
                  .rule())
          .isEqualTo(Rule.WRONG_TYPE);
      MentoringJsonException e =
          refused(
              "{\"@class\":\"dev.mentoring.core.enrollment.Skill\",\"name\":\"Java\",\"level\":5}",
              Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
      assertThat(e.path()).isEqualTo("$['@class']");
    }
  }

  @Nested
  @DisplayName("missing, null and wrong values")
  class MissingNullWrong {

    @Test
    @DisplayName("a missing required property is refused with its path")
    void missing() {
      MentoringJsonException e = refused("{\"name\":\"Java\"}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.MISSING);
      assertThat(e.path()).isEqualTo("$.level");
      e =
          refused(
              golden(
                  "pairing/pair-ended-early.json",
                  "\"summary\": \"strong skill match\"",
                  "\"x\": 1"),
              Pair.class);
      assertThat(e.path()).isIn("$.explanation.summary", "$.explanation.x");
    }

    @Test
    @DisplayName(
        "null for a required property or element is refused; for an optional one it means absent")
    void nulls() {
      MentoringJsonException e = refused("{\"name\":null,\"level\":5}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.NULL);
      assertThat(e.path()).isEqualTo("$.name");
      e = refused("{\"contributions\":[null],\"summary\":\"x\"}", Explanation.class);
      assertThat(e.rule()).isEqualTo(Rule.NULL);
      assertThat(e.path()).isEqualTo("$.contributions[0]");
      assertThat(read("{\"start\":null}", Schedule.class)).isEqualTo(Schedule.open());
    }

    @Test
    @DisplayName("values of the wrong kind are refused with their path")
    void wrongTypes() {
      assertWrong(refused("{\"name\":\"Java\",\"level\":\"5\"}", Skill.class), "$.level");
      assertWrong(refused("{\"name\":5,\"level\":5}", Skill.class), "$.name");
      assertWrong(refused("[" + SKILL + "]", Skill.class), "$");
      assertWrong(refused("\"Java\"", Skill.class), "$");
      assertWrong(
          refused("{\"contributions\":{},\"summary\":\"x\"}", Explanation.class),
          "$.contributions");
      assertWrong(
          refused("{\"hoursPerMonth\":1,\"days\":\"monday\"}", Availability.class), "$.days");
      assertWrong(
          refused("{\"hoursPerMonth\":true,\"days\":[]}", Availability.class), "$.hoursPerMonth");
      assertWrong(
          refused(
              golden("pairing/pair-ended-early.json", "\"version\": 5", "\"version\": \"5\""),
              Pair.class),
          "$.version");
      assertWrong(
          refused(
              golden("enrollment/enrollment-mentor.json", "\"value\": true", "\"value\": \"yes\""),
              Enrollment.class),
          "$.answers.remote.value");
    }

    private void assertWrong(MentoringJsonException e, String path) {
      assertThat(e.rule()).isEqualTo(Rule.WRONG_TYPE);
      assertThat(e.path()).isEqualTo(path);
    }
  }

  @Nested
  @DisplayName("duplicates")
  class Duplicates {

    @Test
    @DisplayName("a key repeated in one object is refused")
    void duplicateKey() {
      MentoringJsonException e =
          refused("{\"name\":\"Java\",\"name\":\"Kotlin\",\"level\":5}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.name");
    }

    @Test
    @DisplayName("a map key repeated is refused")
    void duplicateMapKey() {
      MentoringJsonException e =
          refused(
              golden(
                  "enrollment/enrollment-mentor.json",
                  "\"answers\": {",
                  "\"answers\": {\"remote\": {\"type\": \"yes_no.v1\", \"value\": false},"),
              Enrollment.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.answers.remote");
    }

    @Test
    @DisplayName("an element repeated in a set is refused")
    void duplicateSetElement() {
      MentoringJsonException e =
          refused("{\"hoursPerMonth\":1,\"days\":[\"monday\",\"monday\"]}", Availability.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.days[1]");
    }
  }

  @Nested
  @DisplayName("size limits")
  class SizeLimits {

    @Test
    @DisplayName("a string over the limit is refused")
    void longString() {
      JsonUnderTest small = json(JsonReadOptions.builder().maxStringLength(16).build());
      MentoringJsonException e =
          refusal(small, "{\"name\":\"" + "x".repeat(17) + "\",\"level\":5}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_LONG);
      assertThat(e.path()).isEqualTo("$.name");
      e = refusal(small, "{\"" + "n".repeat(17) + "\":1}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_LONG);
      MentoringJsonException byDefault =
          refused(
              "{\"name\":\""
                  + "x".repeat(JsonReadOptions.DEFAULT_MAX_STRING_LENGTH + 1)
                  + "\",\"level\":5}",
              Skill.class);
      assertThat(byDefault.rule()).isEqualTo(Rule.TOO_LONG);
    }

    @Test
    @DisplayName("a collection over the limit is refused")
    void largeCollection() {
      JsonUnderTest small = json(JsonReadOptions.builder().maxCollectionSize(3).build());
      MentoringJsonException e =
          refusal(
              small,
              "{\"hoursPerMonth\":1,\"days\":[\"monday\",\"tuesday\",\"friday\",\"sunday\"]}",
              Availability.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_MANY);
      assertThat(e.path()).isEqualTo("$.days");
      e = refusal(small, "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", Skill.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_MANY);
      String many = "[" + "0,".repeat(JsonReadOptions.DEFAULT_MAX_COLLECTION_SIZE) + "0]";
      MentoringJsonException byDefault =
          refused("{\"contributions\":" + many + ",\"summary\":\"x\"}", Explanation.class);
      assertThat(byDefault.rule()).isEqualTo(Rule.TOO_MANY);
    }
  }

  @Nested
  @DisplayName("unknown properties")
  class UnknownProperties {

    @Test
    @DisplayName("an unknown property is refused by default")
    void refusedByDefault() {
      MentoringJsonException e =
          refused(
              golden(
                  "pairing/pair-ended-early.json", "\"summary\":", "\"extra\": [], \"summary\":"),
              Pair.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
      assertThat(e.path()).isEqualTo("$.explanation.extra");
    }

    @Test
    @DisplayName("an unknown property is refused even when optional properties are absent")
    void refusedBesideAbsentOptionals() {
      MentoringJsonException e = refused("{\"end\":\"2026-01-01\",\"x\":1}", Schedule.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
      assertThat(e.path()).isEqualTo("$.x");
      e =
          refused(
              golden(
                  "pairing/pair-proposed.json",
                  "\"status\":",
                  "\"exit\": null, \"y\": 2, \"status\":"),
              Pair.class);
      assertThat(e.path()).isEqualTo("$.y");
    }

    @Test
    @DisplayName("an unknown property is skipped when the options say so")
    void ignoredOnRequest() throws Exception {
      JsonUnderTest lenient = json(JsonReadOptions.builder().ignoreUnknownProperties(true).build());
      String text =
          golden("pairing/pair-ended-early.json", "\"summary\":", "\"extra\": [1], \"summary\":");
      assertThat(lenient.read(text, Pair.class)).isEqualTo(Samples.endedPair());
    }
  }

  @Nested
  @DisplayName("domain rules")
  class DomainRules {

    @Test
    @DisplayName("a value the constructor refuses fails with the object's path and its message")
    void constructorRules() {
      MentoringJsonException e =
          refused(
              golden("enrollment/enrollment-mentor.json", "\"capacity\": 2", "\"capacity\": -1"),
              Enrollment.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).isEqualTo("capacity is negative: -1");
      e =
          refused(
              golden(
                  "pairing/pair-ended-early.json",
                  "\"menteeId\": \"p-bo\"",
                  "\"menteeId\": \"p-ada\""),
              Pair.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.detail()).contains("the same");
      e =
          refused(
              golden("matching/recommendation.json", "\"rank\": 1", "\"rank\": 0"),
              Recommendation.class);
      assertThat(e.detail()).isEqualTo("rank must be at least 1: 0");
    }

    @Test
    @DisplayName("a nested refusal names the nested path")
    void nestedRule() {
      MentoringJsonException e =
          refused(
              golden("engine/matching-run.json", "\"version\": 0", "\"version\": -4"),
              dev.mentoring.core.MatchingRun.class);
      assertThat(e.path()).isEqualTo("$.proposed[0]");
      assertThat(e.detail()).isEqualTo("version is negative: -4");
    }

    @Test
    @DisplayName("blank and over-long ids are refused")
    void ids() {
      MentoringJsonException e =
          refused(golden("program/program.json", "\"prog-2026-spring\"", "\"  \""), Program.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.id");
      assertThat(e.detail()).isEqualTo("ProgramId value is blank");
      e =
          refused(
              golden("program/program.json", "\"prog-2026-spring\"", "\"" + "x".repeat(201) + "\""),
              Program.class);
      assertThat(e.detail()).contains("longer than 200");
    }

    @Test
    @DisplayName("malformed dates, durations and zones are refused with a short excerpt")
    void formats() {
      MentoringJsonException e =
          refused(
              golden(
                  "program/program.json",
                  "\"createdAt\": \"2026-03-01T09:00:00Z\"",
                  "\"createdAt\": \"yesterday" + "!".repeat(5_000) + "\""),
              Program.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.createdAt");
      assertThat(e.detail()).startsWith("expected an ISO-8601 instant, found \"yesterday");
      assertThat(e.getMessage()).hasSizeLessThan(200);
      e =
          refused(
              golden("program/program.json", "\"2026-08-31\"", "\"2026-02-30\""), Program.class);
      assertThat(e.path()).isEqualTo("$.spec.schedule.end");
      e = refused(golden("program/program.json", "\"PT336H\"", "\"14 days\""), Program.class);
      assertThat(e.path()).isEqualTo("$.spec.cadence.interval");
      e =
          refused(
              golden("enrollment/enrollment-mentor.json", "\"Europe/Lisbon\"", "\"Mars/Olympus\""),
              Enrollment.class);
      assertThat(e.path()).isEqualTo("$.profile.timeZone");
      e =
          refused(
              golden("pairing/pair-ended-early.json", "\"ended_early\"", "\"ENDED_EARLY\""),
              Pair.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_NAME);
      assertThat(e.path()).isEqualTo("$.status");
    }
  }

  @Nested
  @DisplayName("no partial state")
  class NoPartialState {

    @Test
    @DisplayName("a refused read leaves nothing behind: the next read of valid input succeeds")
    void refusalThenSuccess() throws Exception {
      JsonUnderTest json = json();
      String valid = Golden.read("matching/matching-problem.json");
      refusal(
          json,
          valid.replace("\"seed\": 42", "\"seed\": \"42\""),
          dev.mentoring.core.matching.MatchingProblem.class);
      assertThat(json.read(valid, dev.mentoring.core.matching.MatchingProblem.class))
          .isEqualTo(Samples.matchingProblem());
    }
  }

  @Nested
  @DisplayName("goals, meetings, surveys and resources")
  class Activities {

    private static final String HELD = "meeting/meeting-held.json";
    private static final String RESPONSE = "feedback/survey-response.json";
    private static final String SUMMARY = "feedback/survey-summary.json";

    @Test
    @DisplayName(
        "a meeting's private notes refuse a repeated, blank or null author and an empty note")
    void meetingPrivateNotes() {
      MentoringJsonException e =
          refused(
              golden(HELD, "\"privateNotes\": {", "\"privateNotes\": {\"p-bo\": \"Again.\","),
              Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.privateNotes['p-bo']");
      e = refused(golden(HELD, "\"p-ada\": \"Bo worries", "\"  \": \"Bo worries"), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.privateNotes['  ']");
      assertThat(e.detail()).isEqualTo("ParticipantId value is blank");
      e = refused(golden(HELD, "\"Ask about on-call pay.\"", "null"), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.NULL);
      assertThat(e.path()).isEqualTo("$.privateNotes['p-bo']");
      e = refused(golden(HELD, "\"Ask about on-call pay.\"", "\"\""), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).isEqualTo("the private note of p-bo is empty");
    }

    @Test
    @DisplayName("a meeting's ratings refuse values out of 1 to 5, of the wrong kind, or huge")
    void meetingRatings() {
      MentoringJsonException e = refused(golden(HELD, "\"p-bo\": 5", "\"p-bo\": 6"), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).isEqualTo("rating is outside 1 to 5: 6");
      e = refused(golden(HELD, "\"p-bo\": 5", "\"p-bo\": \"5\""), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.WRONG_TYPE);
      assertThat(e.path()).isEqualTo("$.ratings['p-bo']");
      e = refused(golden(HELD, "\"p-bo\": 5", "\"p-bo\": 4.5"), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.detail()).contains("expected an integer");
      e = refused(golden(HELD, "\"p-bo\": 5", "\"p-bo\": 1e999999"), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.path()).isEqualTo("$.ratings['p-bo']");
      e = refused(golden(HELD, "\"p-bo\": 5", "\"p-bo\": " + "9".repeat(10_000)), Meeting.class);
      assertThat(e.rule()).isIn(Rule.PARSER_LIMIT, Rule.OUT_OF_RANGE);
      assertThat(e.path()).isEqualTo("$.ratings['p-bo']");
      assertThat(e.getMessage()).hasSizeLessThan(400);
      e =
          refused(
              golden(
                  HELD,
                  "\"ratings\": {\n    \"p-ada\": 4,\n    \"p-bo\": 5\n  }",
                  "\"ratings\": [4, 5]"),
              Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.WRONG_TYPE);
      assertThat(e.path()).isEqualTo("$.ratings");
    }

    @Test
    @DisplayName("a meeting refuses a zero duration and a reason unless cancelled")
    void meetingRules() {
      MentoringJsonException e = refused(golden(HELD, "\"PT45M\"", "\"PT0S\""), Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.detail()).isEqualTo("duration is not positive: PT0S");
      e =
          refused(
              golden(
                  HELD,
                  "\"status\": \"held\",",
                  "\"status\": \"held\", \"cancellationReason\": \"x\","),
              Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.detail()).startsWith("only a CANCELLED meeting has a reason");
    }

    @Test
    @DisplayName("more private notes than the collection limit are refused")
    void meetingNotesOverLimit() {
      // The limit counts an object's properties too: the meeting has 19, its notes 20.
      StringBuilder extra = new StringBuilder();
      for (int i = 0; i < 18; i++) {
        extra.append("\"p-").append(i).append("\": \"n\",");
      }
      MentoringJsonException e =
          refusal(
              json(JsonReadOptions.builder().maxCollectionSize(19).build()),
              golden(HELD, "\"privateNotes\": {", "\"privateNotes\": {" + extra),
              Meeting.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_MANY);
      assertThat(e.path()).isEqualTo("$.privateNotes");
    }

    @Test
    @DisplayName("a response's answers refuse unknown, missing and class-name types")
    void responseAnswerTypes() {
      MentoringJsonException e =
          refused(
              golden(
                  RESPONSE,
                  "\"number.v1\",\n      \"value\": 4",
                  "\"number.v9\",\n      \"value\": 4"),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.path()).isEqualTo("$.answers.fit.type");
      e =
          refused(
              golden(
                  RESPONSE,
                  "\"number.v1\",\n      \"value\": 4",
                  "\"java.util.HashMap\",\n      \"value\": 4"),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.getMessage()).doesNotContain("dev.mentoring");
      e =
          refused(
              golden(RESPONSE, "\"type\": \"text.v1\",\n      \"text\"", "\"text\""),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.MISSING);
      assertThat(e.path()).isEqualTo("$.answers.comments.type");
    }

    @Test
    @DisplayName(
        "a response's answers refuse wrong, huge, null and unknown values and repeated keys")
    void responseAnswerValues() {
      MentoringJsonException e =
          refused(golden(RESPONSE, "\"value\": 4", "\"value\": \"4\""), SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.WRONG_TYPE);
      assertThat(e.path()).isEqualTo("$.answers.fit.value");
      e =
          refused(
              golden(RESPONSE, "\"value\": 4", "\"value\": 99999999999999999999"),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.detail()).contains("64-bit");
      e = refused(golden(RESPONSE, "\"weekly\"", "null"), SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.NULL);
      assertThat(e.path()).isEqualTo("$.answers.frequency.choices[0]");
      e =
          refused(
              golden(RESPONSE, "\"value\": 9", "\"value\": 9, \"weight\": 2"),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
      assertThat(e.path()).isEqualTo("$.answers.recommend.weight");
      e =
          refused(
              golden(
                  RESPONSE,
                  "\"answers\": {",
                  "\"answers\": {\"fit\": {\"type\": \"number.v1\", \"value\": 1},"),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.answers.fit");
    }

    @Test
    @DisplayName("a response refuses a blank subject key and nesting beyond the limit")
    void responseRules() {
      MentoringJsonException e =
          refused(
              golden(
                  RESPONSE,
                  "\"pairId\": \"pair-0001\",",
                  "\"pairId\": \"pair-0001\", \"subjectKey\": \" \","),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).isEqualTo("subjectKey value is blank");
      e =
          refusal(
              json(JsonReadOptions.builder().maxNestingDepth(3).build()),
              Golden.read(RESPONSE),
              SurveyResponse.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
      assertThat(e.path()).isEqualTo("$.answers.frequency.choices");
    }

    @Test
    @DisplayName("a response with an unknown property reads when unknown properties are ignored")
    void responseLenient() throws Exception {
      JsonUnderTest lenient = json(JsonReadOptions.builder().ignoreUnknownProperties(true).build());
      String text = golden(RESPONSE, "\"value\": 9", "\"value\": 9, \"weight\": [2]");
      assertThat(lenient.read(text, SurveyResponse.class)).isEqualTo(Samples.surveyResponse());
    }

    @Test
    @DisplayName("a survey summary refuses inconsistent counts, repeated options and unknown kinds")
    void summaries() {
      MentoringJsonException e =
          refused(
              golden(SUMMARY, "\"weekly\": 2,", "\"weekly\": 2, \"weekly\": 3,"),
              SurveySummary.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.questions[2].counts.weekly");
      e =
          refused(
              golden(
                  SUMMARY,
                  "\"key\": \"fit\",\n      \"answered\": 3",
                  "\"key\": \"fit\",\n      \"answered\": 4"),
              SurveySummary.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.questions[0]");
      assertThat(e.detail()).contains("do not add up to 4");
      e = refused(golden(SUMMARY, "\"detractors\": 1", "\"detractors\": -1"), SurveySummary.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.questions[1].score");
      e =
          refused(
              golden(SUMMARY, "\"withheld\": false", "\"withheld\": true"), SurveySummary.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.detail()).isEqualTo("a withheld summary has no question summaries");
      e = refused(golden(SUMMARY, "\"rating.v1\"", "\"stars.v1\""), SurveySummary.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.path()).isEqualTo("$.questions[0].type");
    }

    @Test
    @DisplayName("a goal refuses progress that disagrees with its milestones or status")
    void goals() {
      String active = "goal/goal-active.json";
      MentoringJsonException e =
          refused(
              golden(
                  active,
                  "\"progress\": 33,\n  \"visibility\"",
                  "\"progress\": 50,\n  \"visibility\""),
              Goal.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).isEqualTo("progress is 50 but the milestones give 33");
      e =
          refused(
              golden(
                  active,
                  "\"updatedAt\": \"2026-03-13T21:00:00Z\"",
                  "\"updatedAt\": \"2026-03-13T21:00:00Z\", \"closedAt\": \"2026-03-14T00:00:00Z\""),
              Goal.class);
      assertThat(e.detail()).startsWith("closedAt must be set exactly when the goal is closed");
      e = refused(golden(active, "\"progress\": 33\n", "\"progress\": 101\n"), Goal.class);
      assertThat(e.path()).isEqualTo("$.checkIns[0]");
      assertThat(e.detail()).isEqualTo("progress is outside 0 to 100: 101");
    }

    @Test
    @DisplayName("a resource refuses a link that is not a web URI, or not a URI, and repeated tags")
    void resources() {
      String resource = "resource/resource.json";
      String link = "\"https://example.com/guides/code-review?lang=en#tips\"";
      MentoringJsonException e =
          refused(golden(resource, link, "\"ftp://example.com/x\""), Resource.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).startsWith("link is not an http or https URI with a host");
      e = refused(golden(resource, link, "\"https://exa mple.com/\""), Resource.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.link");
      assertThat(e.detail()).startsWith("expected a URI, found");
      e =
          refused(
              golden(
                  resource,
                  "\"code review\",\n    \"feedback\"",
                  "\"code review\",\n    \"code review\""),
              Resource.class);
      assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
      assertThat(e.path()).isEqualTo("$.tags[1]");
      e =
          refused(
              golden(
                  "resource/resource-suggestion.json",
                  "\"matchedTags\": [\n    \"code review\"",
                  "\"matchedTags\": [\n    \"ai\""),
              ResourceSuggestion.class);
      assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
      assertThat(e.detail()).contains("are not all tags of res-0001");
    }

    @Test
    @DisplayName("new events refuse a later version of their name and another event's JSON")
    void newEventNames() {
      MentoringJsonException e =
          refused(
              golden(
                  "event/meeting_scheduled.v1.json",
                  "meeting_scheduled.v1",
                  "meeting_scheduled.v2"),
              MentoringEvent.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.path()).isEqualTo("$.type");
      e = refused(Golden.read("event/meeting_rated.v1.json"), MeetingScheduled.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
      assertThat(e.detail()).contains("meeting_scheduled.v1").contains("meeting_rated.v1");
    }

    @Test
    @DisplayName("a refused meeting leaves nothing behind: the next read of valid input succeeds")
    void refusalThenSuccess() throws Exception {
      JsonUnderTest json = json();
      refusal(json, golden(HELD, "\"p-bo\": 5", "\"p-bo\": 0"), Meeting.class);
      assertThat(json.read(Golden.read(HELD), Meeting.class)).isEqualTo(Samples.heldMeeting());
    }
  }

  @Nested
  @DisplayName("malformed JSON")
  class Malformed {

    @Test
    @DisplayName("truncated or invalid JSON is reported by the parser with its location")
    void parserReports() {
      for (String text :
          new String[] {
            "{\"name\":\"Java\",", "{\"name\":Java,\"level\":5}", "{\"name\" \"Java\"}"
          }) {
        Throwable thrown = catchThrowable(() -> json().read(text, Skill.class));
        assertThat(thrown).as(text).isNotNull();
        assertThat(json().isParserException(thrown)).as(thrown.toString()).isTrue();
        assertThat(thrown.getMessage()).contains("[Source");
      }
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json().read(text, type);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
