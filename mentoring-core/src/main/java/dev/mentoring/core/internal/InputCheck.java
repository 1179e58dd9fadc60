package dev.mentoring.core.internal;

import dev.mentoring.core.InvalidInputException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.Violation;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.QuestionType;
import dev.mentoring.core.program.Schedule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks input: the Jakarta constraints on input records, then the rules that span fields or need
 * the program (form answers, consents, roles). Collects every violation and throws them together.
 */
final class InputCheck {
  private static final int MAX_ECHO = 100;
  static final int MAX_NOTE = 2_000;

  private final Validator validator;

  InputCheck(Validator validator) {
    this.validator = validator;
  }

  /** A sink for violations found by one request's checks. */
  static final class Violations {
    private final List<Violation> found = new ArrayList<>();

    void add(String path, String rule, String message) {
      found.add(Violation.of(path, rule, message));
    }

    void add(String path, String rule, String message, @Nullable Object value) {
      found.add(new Violation(path, rule, message, echo(value)));
    }

    /** Adds the violations another check found, such as a second input record's. */
    void addAll(Violations other) {
      found.addAll(other.found);
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        throw new InvalidInputException(sorted);
      }
    }
  }

  /** Starts a check of {@code input}, with its Jakarta violations already collected. */
  Violations validate(Object input, String prefix) {
    Violations v = new Violations();
    for (ConstraintViolation<Object> cv : validator.validate(input)) {
      String path = cv.getPropertyPath().toString();
      String full = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
      String rule = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      v.add(full, rule, cv.getMessage(), cv.getInvalidValue());
    }
    return v;
  }

  private static @Nullable String echo(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number
        || value instanceof Enum<?>
        || value instanceof Boolean
        || value instanceof ParticipantId
        || value instanceof ProgramId
        || value instanceof EnrollmentId
        || value instanceof PairId) {
      return value.toString();
    }
    if (value instanceof CharSequence s) {
      return s.length() <= MAX_ECHO ? s.toString() : null;
    }
    if (value instanceof java.time.Duration || value instanceof java.time.temporal.Temporal) {
      return value.toString();
    }
    return null;
  }

  // ------------------------------------------------------------------ programs

  void checkSpec(ProgramSpec spec) {
    Violations v = validate(spec, "");
    Schedule s = spec.schedule();
    if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
      v.add("schedule.end", "DateOrder", "must not be before schedule.start", s.end());
    }
    checkForm(spec.form(), v);
    ActivityReminders.checkPolicy(spec.reminderPolicy(), v);
    checkHealthPolicy(spec.healthPolicy(), v);
    v.throwIfAny();
  }

  /** The health thresholds must grow with severity. */
  private static void checkHealthPolicy(HealthPolicy h, Violations v) {
    if (h.atRiskAfter().compareTo(h.attentionAfter()) < 0) {
      v.add(
          "healthPolicy.atRiskAfter",
          "ThresholdOrder",
          "must not be shorter than healthPolicy.attentionAfter",
          h.atRiskAfter());
    }
    if (h.inactiveAfter().compareTo(h.atRiskAfter()) < 0) {
      v.add(
          "healthPolicy.inactiveAfter",
          "ThresholdOrder",
          "must not be shorter than healthPolicy.atRiskAfter",
          h.inactiveAfter());
    }
    if (h.atRiskMeetingRatio() > h.attentionMeetingRatio()) {
      v.add(
          "healthPolicy.atRiskMeetingRatio",
          "ThresholdOrder",
          "must not be above healthPolicy.attentionMeetingRatio",
          h.atRiskMeetingRatio());
    }
  }

  private static void checkForm(EnrollmentForm form, Violations v) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < form.questions().size(); i++) {
      Question q = form.questions().get(i);
      String path = "form.questions[" + i + "]";
      if (!keys.add(q.key())) {
        v.add(path + ".key", "Unique", "duplicate question key", q.key());
      }
      boolean choice =
          q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
      if (choice && q.options().isEmpty()) {
        v.add(path + ".options", "NotEmpty", "a choice question needs options");
      }
      if (!choice && !q.options().isEmpty()) {
        v.add(path + ".options", "Empty", "only choice questions have options");
      }
      if (new HashSet<>(q.options()).size() != q.options().size()) {
        v.add(path + ".options", "Unique", "options must be distinct");
      }
      Long min = q.min();
      Long max = q.max();
      if (min != null && max != null && min > max) {
        v.add(path + ".max", "Order", "must not be less than min", max);
      }
      if (q.type() != QuestionType.NUMBER && (min != null || max != null)) {
        v.add(path + ".min", "Null", "only number questions have bounds");
      }
    }
  }

  // --------------------------------------------------------------- enrollments

  void checkApplication(Program program, Application application) {
    Violations v = validate(application, "");
    checkProfileRules(application.profile(), application.participantId().value(), "profile", v);
    EnrollmentRole role = application.role();
    if (role == EnrollmentRole.MENTOR_AND_MENTEE && program.spec().format() != ProgramFormat.PEER) {
      v.add("role", "PeerOnly", "MENTOR_AND_MENTEE is allowed in PEER programs only", role);
    }
    if (!role.mentors() && application.capacity() != null) {
      v.add("capacity", "MentorOnly", "only mentors state a capacity", application.capacity());
    }
    if (!application.consents().contains(Consent.MATCHING)) {
      v.add("consents", "Required", "must include MATCHING");
    }
    checkAnswers(program.spec().form(), role, application.answers(), v);
    v.throwIfAny();
  }

  void checkProfile(Profile profile, String participant) {
    Violations v = validate(profile, "profile");
    checkProfileRules(profile, participant, "profile", v);
    v.throwIfAny();
  }

  private static void checkProfileRules(
      Profile profile, String participant, String path, Violations v) {
    checkSkills(profile.skillsOffered(), path + ".skillsOffered", v);
    checkSkills(profile.skillsSought(), path + ".skillsSought", v);
    if (profile.managerChain().stream().anyMatch(m -> m.value().equals(participant))) {
      v.add(path + ".managerChain", "NotSelf", "must not include the participant");
    }
    if (profile.exclusions().stream().anyMatch(m -> m.value().equals(participant))) {
      v.add(path + ".exclusions", "NotSelf", "must not include the participant");
    }
  }

  private static void checkSkills(List<Skill> skills, String path, Violations v) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < skills.size(); i++) {
      if (!seen.add(skills.get(i).name().toLowerCase(Locale.ROOT))) {
        v.add(path + "[" + i + "].name", "Unique", "skill listed twice", skills.get(i).name());
      }
    }
  }

  private static void checkAnswers(
      EnrollmentForm form, EnrollmentRole role, Map<String, Answer> answers, Violations v) {
    for (String key : new TreeMap<>(answers).keySet()) {
      if (form.question(key).isEmpty()) {
        v.add("answers[" + key + "]", "FormAnswer", "the form has no such question");
      }
    }
    for (Question q : form.questions()) {
      String path = "answers[" + q.key() + "]";
      Answer answer = answers.get(q.key());
      if (!q.appliesTo(role)) {
        if (answer != null) {
          v.add(path, "FormAnswer", "the question is not asked of " + role, role);
        }
        continue;
      }
      if (answer == null) {
        if (q.required()) {
          v.add(path, "Required", "the question requires an answer");
        }
        continue;
      }
      checkAnswer(q, answer, path, v);
    }
  }

  private static void checkAnswer(Question q, Answer answer, String path, Violations v) {
    switch (q.type()) {
      case TEXT -> {
        if (!(answer instanceof Answer.TextAnswer t)) {
          v.add(path, "FormAnswer", "expected a text answer");
        } else if (q.required() && t.text().isBlank()) {
          v.add(path, "NotBlank", "must not be blank");
        } else if (t.text().length() > q.maxLength()) {
          v.add(path, "Size", "must be at most " + q.maxLength() + " characters");
        }
      }
      case NUMBER -> {
        if (!(answer instanceof Answer.NumberAnswer n)) {
          v.add(path, "FormAnswer", "expected a number answer");
        } else {
          Long min = q.min();
          Long max = q.max();
          if (min != null && n.value() < min) {
            v.add(path, "Min", "must be at least " + min, n.value());
          }
          if (max != null && n.value() > max) {
            v.add(path, "Max", "must be at most " + max, n.value());
          }
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        if (!(answer instanceof Answer.ChoiceAnswer c)) {
          v.add(path, "FormAnswer", "expected a choice answer");
        } else {
          if (q.type() == QuestionType.SINGLE_CHOICE && c.choices().size() != 1) {
            v.add(path, "Size", "must choose exactly one option", c.choices().size());
          }
          if (q.required() && c.choices().isEmpty()) {
            v.add(path, "NotEmpty", "must choose at least one option");
          }
          if (new HashSet<>(c.choices()).size() != c.choices().size()) {
            v.add(path, "Unique", "options chosen twice");
          }
          for (String choice : c.choices()) {
            if (!q.options().contains(choice)) {
              v.add(path, "FormAnswer", "not an option of the question", choice);
            }
          }
        }
      }
      case YES_NO -> {
        if (!(answer instanceof Answer.YesNoAnswer)) {
          v.add(path, "FormAnswer", "expected a yes/no answer");
        }
      }
    }
  }

  // --------------------------------------------------------------------- notes

  void checkNote(@Nullable String note) {
    Violations v = new Violations();
    checkNote(note, v);
    v.throwIfAny();
  }

  static void checkNote(@Nullable String note, Violations v) {
    if (note != null && note.length() > MAX_NOTE) {
      v.add("note", "Size", "must be at most " + MAX_NOTE + " characters", note.length());
    }
  }
}
