package dev.mentoring.core.internal;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyQuestionType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The input rules of surveys that the constraint annotations cannot express. */
final class SurveyRules {
  static final int MIN_OPTIONS = 2;

  private SurveyRules() {}

  /** Rules that span a draft's questions. */
  static void checkDraft(SurveyDraft draft, InputCheck.Violations v) {
    Set<String> keys = new HashSet<>();
    boolean fitSeen = false;
    List<SurveyQuestion> questions = draft.questions();
    for (int i = 0; i < questions.size(); i++) {
      SurveyQuestion q = questions.get(i);
      String path = "questions[" + i + "]";
      if (!keys.add(q.key())) {
        v.add(path + ".key", "Unique", "duplicate question key", q.key());
      }
      if (q.type().isChoice() && q.options().size() < MIN_OPTIONS) {
        v.add(path + ".options", "Size", "a choice question needs 2 to 20 options");
      }
      if (!q.type().isChoice() && !q.options().isEmpty()) {
        v.add(path + ".options", "Empty", "only choice questions have options");
      }
      if (new HashSet<>(q.options()).size() != q.options().size()) {
        v.add(path + ".options", "Unique", "options must be distinct");
      }
      if (q.fitQuestion()) {
        if (q.type() != SurveyQuestionType.RATING) {
          v.add(path + ".fitQuestion", "FitQuestion", "the fit question must be a RATING");
        }
        if (draft.checkpoint() != SurveyCheckpoint.EARLY_FIT_CHECK) {
          v.add(
              path + ".fitQuestion",
              "FitQuestion",
              "only an EARLY_FIT_CHECK survey has a fit question",
              draft.checkpoint());
        }
        if (fitSeen) {
          v.add(path + ".fitQuestion", "Unique", "a survey has at most one fit question");
        }
        fitSeen = true;
      }
    }
    if (draft.checkpoint() == SurveyCheckpoint.EARLY_FIT_CHECK && !fitSeen) {
      v.add("questions", "FitQuestion", "an EARLY_FIT_CHECK survey needs a fit question");
    }
  }

  /**
   * Checks answers against a survey: no unknown keys, every required question answered, each answer
   * of the right kind and within range.
   */
  static void checkAnswers(Survey survey, Map<String, Answer> answers, InputCheck.Violations v) {
    for (String key : new TreeMap<>(answers).keySet()) {
      if (survey.question(key).isEmpty()) {
        v.add("answers[" + key + "]", "SurveyAnswer", "the survey has no such question");
      }
    }
    for (SurveyQuestion q : survey.questions()) {
      String path = "answers[" + q.key() + "]";
      Answer answer = answers.get(q.key());
      if (answer == null) {
        if (q.required()) {
          v.add(path, "Required", "the question requires an answer");
        }
      } else {
        checkAnswer(q, answer, path, v);
      }
    }
  }

  private static void checkAnswer(
      SurveyQuestion q, Answer answer, String path, InputCheck.Violations v) {
    switch (q.type()) {
      case RATING, NPS -> {
        if (!(answer instanceof Answer.NumberAnswer n)) {
          v.add(path, "SurveyAnswer", "expected a number answer");
        } else if (n.value() < q.type().lowest()) {
          v.add(path, "Min", "must be at least " + q.type().lowest(), n.value());
        } else if (n.value() > q.type().highest()) {
          v.add(path, "Max", "must be at most " + q.type().highest(), n.value());
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        if (!(answer instanceof Answer.ChoiceAnswer c)) {
          v.add(path, "SurveyAnswer", "expected a choice answer");
          return;
        }
        if (c.choices().isEmpty()) {
          v.add(path, "NotEmpty", "must choose at least one option");
        } else if (q.type() == SurveyQuestionType.SINGLE_CHOICE && c.choices().size() != 1) {
          v.add(path, "Size", "must choose exactly one option", c.choices().size());
        }
        if (new HashSet<>(c.choices()).size() != c.choices().size()) {
          v.add(path, "Unique", "options chosen twice");
        }
        for (String choice : c.choices()) {
          if (!q.options().contains(choice)) {
            v.add(path, "SurveyAnswer", "not an option of the question", choice);
          }
        }
      }
      case FREE_TEXT -> {
        if (!(answer instanceof Answer.TextAnswer t)) {
          v.add(path, "SurveyAnswer", "expected a text answer");
        } else if (t.text().isBlank()) {
          v.add(path, "NotBlank", "must not be blank; leave the question out instead");
        } else if (t.text().length() > SurveyQuestion.MAX_TEXT_ANSWER) {
          v.add(
              path,
              "Size",
              "must be at most " + SurveyQuestion.MAX_TEXT_ANSWER + " characters",
              t.text().length());
        }
      }
    }
  }
}
