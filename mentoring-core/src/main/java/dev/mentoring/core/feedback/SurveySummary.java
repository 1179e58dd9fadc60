package dev.mentoring.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.program.ProgramId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the responses to a survey add up to: per question, how many answered and, by type, the
 * distribution of ratings and their mean, the Net Promoter Score, the counts per option, or the
 * texts. Computed by {@link #of} from a survey and its responses, so it is a pure function of the
 * stored data.
 *
 * <p>Anonymous surveys show no individual answer: their free-text answers are counted, not shown,
 * and while fewer than {@link #MIN_ANONYMOUS_GROUP} responses have arrived the summary is
 * {@linkplain #withheld() withheld}, holding no question summaries, since a mean of one or two
 * answers would reveal them.
 *
 * @param surveyId the survey
 * @param programId the survey's program
 * @param checkpoint the survey's checkpoint
 * @param anonymous whether the survey is anonymous
 * @param responses how many responses the summary covers
 * @param withheld whether the details are withheld: the survey is anonymous and has fewer than
 *     {@link #MIN_ANONYMOUS_GROUP} responses
 * @param questions one summary per question, in the survey's order; empty when withheld
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveySummary(
    SurveyId surveyId,
    ProgramId programId,
    SurveyCheckpoint checkpoint,
    boolean anonymous,
    int responses,
    boolean withheld,
    List<QuestionSummary> questions) {

  /**
   * The fewest responses an anonymous survey needs before its summary shows any detail (a
   * k-anonymity threshold). A constant for now; it may become a program setting.
   */
  public static final int MIN_ANONYMOUS_GROUP = 3;

  /**
   * Checks the components and copies the question summaries.
   *
   * @param surveyId the survey
   * @param programId the survey's program
   * @param checkpoint the survey's checkpoint
   * @param anonymous whether the survey is anonymous
   * @param responses how many responses the summary covers
   * @param withheld whether the details are withheld: the survey is anonymous and has fewer than
   *     {@link #MIN_ANONYMOUS_GROUP} responses
   * @param questions one summary per question, in the survey's order; empty when withheld
   * @throws NullPointerException if a component is null or {@code questions} holds null
   * @throws IllegalArgumentException if {@code responses} is negative, or a withheld summary has
   *     question summaries
   */
  public SurveySummary {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(programId, "programId");
    requireNonNull(checkpoint, "checkpoint");
    if (responses < 0) {
      throw new IllegalArgumentException("responses is negative: " + responses);
    }
    questions = List.copyOf(questions);
    if (withheld && !questions.isEmpty()) {
      throw new IllegalArgumentException("a withheld summary has no question summaries");
    }
  }

  /**
   * Summarises the responses to a survey.
   *
   * @param survey the survey
   * @param responses its responses, in submission order (the order of free-text answers)
   * @return the summary
   * @throws IllegalArgumentException if a response belongs to another survey, or answers a question
   *     the survey lacks, with the wrong kind of answer, or out of range
   */
  public static SurveySummary of(Survey survey, Collection<SurveyResponse> responses) {
    requireNonNull(survey, "survey");
    for (SurveyResponse r : responses) {
      if (!r.surveyId().equals(survey.id())) {
        throw new IllegalArgumentException(
            "response " + r.id() + " belongs to survey " + r.surveyId() + ", not " + survey.id());
      }
      for (String key : r.answers().keySet()) {
        if (survey.question(key).isEmpty()) {
          throw new IllegalArgumentException(
              "response "
                  + r.id()
                  + " answers "
                  + key
                  + ", which survey "
                  + survey.id()
                  + " lacks");
        }
      }
    }
    boolean withheld = survey.anonymous() && responses.size() < MIN_ANONYMOUS_GROUP;
    List<QuestionSummary> questions = new ArrayList<>();
    if (!withheld) {
      for (SurveyQuestion q : survey.questions()) {
        List<Answer> answers = new ArrayList<>();
        for (SurveyResponse r : responses) {
          Answer a = r.answers().get(q.key());
          if (a != null) {
            answers.add(a);
          }
        }
        questions.add(summarise(survey, q, answers));
      }
    }
    return new SurveySummary(
        survey.id(),
        survey.programId(),
        survey.checkpoint(),
        survey.anonymous(),
        responses.size(),
        withheld,
        questions);
  }

  private static QuestionSummary summarise(Survey survey, SurveyQuestion q, List<Answer> answers) {
    return switch (q.type()) {
      case RATING -> rating(q, answers);
      case NPS -> nps(q, answers);
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(q, answers);
      case FREE_TEXT -> text(survey, q, answers);
    };
  }

  private static QuestionSummary rating(SurveyQuestion q, List<Answer> answers) {
    int[] counts = new int[5];
    for (Answer a : answers) {
      counts[scale(q, a) - 1]++;
    }
    return new QuestionSummary.RatingSummary(
        q.key(), answers.size(), List.of(counts[0], counts[1], counts[2], counts[3], counts[4]));
  }

  private static QuestionSummary nps(SurveyQuestion q, List<Answer> answers) {
    int[] counts = new int[11];
    for (Answer a : answers) {
      counts[scale(q, a)]++;
    }
    return new QuestionSummary.NpsSummary(q.key(), NetPromoterScore.ofHistogram(counts));
  }

  private static QuestionSummary choice(SurveyQuestion q, List<Answer> answers) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    q.options().forEach(o -> counts.put(o, 0));
    for (Answer a : answers) {
      if (!(a instanceof Answer.ChoiceAnswer c)) {
        throw wrongKind(q, a);
      }
      for (String choice : c.choices()) {
        if (!counts.containsKey(choice)) {
          throw new IllegalArgumentException(choice + " is not an option of question " + q.key());
        }
        counts.merge(choice, 1, Integer::sum);
      }
    }
    return new QuestionSummary.ChoiceSummary(q.key(), answers.size(), counts);
  }

  private static QuestionSummary text(Survey survey, SurveyQuestion q, List<Answer> answers) {
    List<String> texts = new ArrayList<>();
    for (Answer a : answers) {
      if (!(a instanceof Answer.TextAnswer t)) {
        throw wrongKind(q, a);
      }
      texts.add(t.text());
    }
    return new QuestionSummary.TextSummary(
        q.key(), answers.size(), survey.anonymous() ? List.of() : texts);
  }

  private static int scale(SurveyQuestion q, Answer a) {
    if (!(a instanceof Answer.NumberAnswer n)) {
      throw wrongKind(q, a);
    }
    if (n.value() < q.type().lowest() || n.value() > q.type().highest()) {
      throw new IllegalArgumentException(
          "answer " + n.value() + " to question " + q.key() + " is out of range");
    }
    return (int) n.value();
  }

  private static IllegalArgumentException wrongKind(SurveyQuestion q, Answer a) {
    return new IllegalArgumentException(
        "question " + q.key() + " of type " + q.type() + " cannot take " + a);
  }
}
