package dev.mentoring.core.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyQuestionType;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.spi.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Program reports and the health of a program's pairs. A report reads each repository of the
 * program once and groups what it read by pair in hash maps, so its cost grows with the program's
 * data and never queries per pair. See {@link ProgramReport} for what each figure counts.
 */
final class Reports {
  private Reports() {}

  /** Everything of one program a report reads, each repository read once. */
  static final class Data {
    final Program program;
    final List<Enrollment> enrollments;
    final List<Pair> pairs;
    final Map<PairId, List<Meeting>> meetings;
    final Map<PairId, List<Goal>> goals;
    final List<Survey> surveys;
    final Map<SurveyId, Survey> surveyById;
    final List<SurveyResponse> responses;
    final Map<PairId, List<SurveyResponse>> responsesByPair;

    private Data(StoreTransaction tx, Program program) {
      ProgramId id = program.id();
      this.program = program;
      this.enrollments = tx.enrollments().findByProgram(id);
      this.pairs = tx.pairs().findByProgram(id);
      this.meetings = new HashMap<>();
      for (Meeting m : tx.meetings().findByProgram(id)) {
        meetings.computeIfAbsent(m.pairId(), k -> new ArrayList<>()).add(m);
      }
      this.goals = new HashMap<>();
      for (Goal g : tx.goals().findByProgram(id)) {
        goals.computeIfAbsent(g.pairId(), k -> new ArrayList<>()).add(g);
      }
      this.surveys = tx.surveys().findByProgram(id);
      this.surveyById = surveysById(surveys);
      this.responses = tx.surveyResponses().findByProgram(id);
      this.responsesByPair = new HashMap<>();
      for (SurveyResponse r : responses) {
        PairId pair = r.pairId();
        if (pair != null) {
          responsesByPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
        }
      }
    }

    static Data read(StoreTransaction tx, Program program) {
      return new Data(tx, program);
    }

    PairHealth health(Pair pair, PairStatus status, Instant at) {
      return Health.of(
          pair,
          status,
          meetings.getOrDefault(pair.id(), List.of()),
          goals.getOrDefault(pair.id(), List.of()),
          responsesByPair.getOrDefault(pair.id(), List.of()),
          surveyById,
          program.spec().healthPolicy(),
          program.spec().cadence().interval(),
          at);
    }
  }

  static Map<SurveyId, Survey> surveysById(List<Survey> surveys) {
    Map<SurveyId, Survey> byId = new HashMap<>();
    surveys.forEach(s -> byId.put(s.id(), s));
    return byId;
  }

  /** The health of every pair that is ACTIVE or PAUSED at {@code at}, in the pairs' order. */
  static List<PairHealth> health(Data d, Instant at) {
    List<PairHealth> result = new ArrayList<>();
    for (Pair p : d.pairs) {
      PairStatus status = Health.runningStatus(p, at);
      if (status != null) {
        result.add(d.health(p, status, at));
      }
    }
    return result;
  }

  static ProgramReport report(Data d, Instant at) {
    return new Compiler(d, at, null).run().overall.report(d, at, false);
  }

  static SegmentedReport segmented(Data d, Instant at, Segmentation by) {
    Compiler c = new Compiler(d, at, by).run();
    List<SegmentedReport.Segment> segments = new ArrayList<>();
    c.segments.forEach(
        (value, tally) ->
            segments.add(new SegmentedReport.Segment(value, tally.report(d, at, true))));
    return new SegmentedReport(
        d.program.id(), at, by.name(), c.overall.report(d, at, false), segments);
  }

  /** One pass over a program's data, tallying the whole program and, if asked, each segment. */
  private static final class Compiler {
    private final Data d;
    private final Instant at;
    private final @Nullable Segmentation by;
    final Tally overall = new Tally();
    final Map<String, Tally> segments = new TreeMap<>(Segmentation.valueOrder());
    private final Map<ParticipantId, String> segmentOf = new HashMap<>();

    Compiler(Data d, Instant at, @Nullable Segmentation by) {
      this.d = d;
      this.at = at;
      this.by = by;
    }

    /** The segment's tally, or null when not segmenting. */
    private @Nullable Tally segment(ParticipantId person) {
      return by == null
          ? null
          : segments.computeIfAbsent(
              segmentOf.getOrDefault(person, Segmentation.NONE), k -> new Tally());
    }

    Compiler run() {
      List<Survey> opened = new ArrayList<>();
      for (Survey s : d.surveys) {
        if (AsOf.by(s.openedAt(), at)) {
          opened.add(s);
        }
      }

      // Enrollments: counts, mentor places, and who each survey asks.
      Segmentation segmentation = by;
      if (segmentation != null) {
        for (Enrollment e : d.enrollments) {
          segmentOf.put(e.participantId(), segmentation.valueOf(e.profile()));
        }
      }
      Map<ParticipantId, Integer> capacityOf = new HashMap<>();
      for (Enrollment e : d.enrollments) {
        if (e.appliedAt().isAfter(at)) {
          continue;
        }
        Tally seg = segment(e.participantId());
        boolean mentor = e.role().mentors() && e.status() == EnrollmentStatus.APPROVED;
        if (mentor) {
          capacityOf.put(e.participantId(), e.capacity());
        }
        for (Tally t : blocks(seg)) {
          add(
              t.enrollments.computeIfAbsent(e.role(), r -> new EnumMap<>(EnrollmentStatus.class)),
              e.status(),
              1);
          if (mentor) {
            t.placesOffered += e.capacity();
          }
        }
        for (Survey s : opened) {
          if (DefaultSurveyService.asks(s, e)) {
            overall.survey(s.id()).asked.add(e.participantId());
            if (seg != null && !s.anonymous()) {
              seg.survey(s.id()).asked.add(e.participantId());
            }
          }
        }
      }

      // Pairs, with their meetings, goals and health.
      LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
      Map<ParticipantId, Instant> firstAccepted = new HashMap<>();
      Map<ParticipantId, Integer> committedOf = new HashMap<>();
      for (Pair p : d.pairs) {
        PairStatus status = AsOf.pairStatus(p, at);
        if (status == null) {
          continue;
        }
        List<Tally> blocks = blocks(segment(p.menteeId()));
        if (status.isCommitted()) {
          committedOf.merge(p.mentorId(), 1, Integer::sum);
        }
        Instant accepted = p.acceptedAt();
        if (accepted != null && !accepted.isAfter(at)) {
          firstAccepted.merge(p.menteeId(), accepted, (a, b) -> a.isBefore(b) ? a : b);
        }
        int held = 0;
        Map<MeetingStatus, Integer> meetingCounts = new EnumMap<>(MeetingStatus.class);
        long ratingSum = 0;
        int ratingCount = 0;
        for (Meeting m : d.meetings.getOrDefault(p.id(), List.of())) {
          if (m.start().isAfter(at)) {
            continue;
          }
          add(meetingCounts, m.status(), 1);
          if (m.status() == MeetingStatus.HELD) {
            held++;
            for (int r : m.ratings().values()) {
              ratingSum += r;
              ratingCount++;
            }
          }
        }
        int due = 0;
        int achieved = 0;
        for (Goal g : d.goals.getOrDefault(p.id(), List.of())) {
          if (g.createdAt().isAfter(at)) {
            continue;
          }
          boolean closed = AsOf.closed(g, at);
          if (closed || g.targetDate().isBefore(today)) {
            due++;
          }
          if (closed && g.status() == GoalStatus.ACHIEVED) {
            achieved++;
          }
        }
        HealthStatus health =
            status == PairStatus.ACTIVE || status == PairStatus.PAUSED
                ? d.health(p, status, at).status()
                : null;
        boolean started = AsOf.by(p.startedAt(), at);
        for (Tally t : blocks) {
          add(t.pairs, status, 1);
          if (health != null) {
            add(t.health, health, 1);
          }
          meetingCounts.forEach((k, n) -> add(t.meetings, k, n));
          t.ratingSum += ratingSum;
          t.ratingCount += ratingCount;
          if (started) {
            t.heldPerStartedPair.add(held);
          }
          t.goalsDue += due;
          t.goalsAchieved += achieved;
        }
      }

      // Mentor places: each approved mentor uses up to their capacity.
      capacityOf.forEach(
          (mentor, capacity) -> {
            int used = Math.min(capacity, committedOf.getOrDefault(mentor, 0));
            for (Tally t : blocks(segment(mentor))) {
              t.placesUsed += used;
            }
          });

      // Mentees: matched (with the time it took) or waiting.
      for (Enrollment e : d.enrollments) {
        if (e.appliedAt().isAfter(at) || !e.role().mentees()) {
          continue;
        }
        Instant accepted = firstAccepted.get(e.participantId());
        for (Tally t : blocks(segment(e.participantId()))) {
          if (accepted != null) {
            t.matched++;
            Duration wait = Duration.between(e.appliedAt(), accepted);
            t.timesToMatch.add(wait.isNegative() ? Duration.ZERO : wait);
          } else if (e.status() == EnrollmentStatus.APPROVED) {
            t.waiting++;
          }
        }
      }

      // Survey responses: NPS answers and response rates.
      Map<SurveyId, Integer> responsesByAt = new HashMap<>();
      for (SurveyResponse r : d.responses) {
        if (!r.submittedAt().isAfter(at)) {
          responsesByAt.merge(r.surveyId(), 1, Integer::sum);
        }
      }
      Set<SurveyId> openedIds = new HashSet<>();
      opened.forEach(s -> openedIds.add(s.id()));
      Map<SurveyId, List<String>> npsKeys = new HashMap<>();
      for (SurveyResponse r : d.responses) {
        Survey s = d.surveyById.get(r.surveyId());
        if (s == null || r.submittedAt().isAfter(at)) {
          continue;
        }
        boolean anonymous = s.anonymous();
        boolean inOverall =
            !anonymous
                || responsesByAt.getOrDefault(s.id(), 0) >= SurveySummary.MIN_ANONYMOUS_GROUP;
        Tally seg = anonymous ? null : segment(r.respondentId());
        for (String key : npsKeys.computeIfAbsent(s.id(), k -> npsKeys(s))) {
          Answer a = r.answers().get(key);
          if (a instanceof Answer.NumberAnswer n && n.value() >= 0 && n.value() <= 10) {
            if (inOverall) {
              overall.nps[(int) n.value()]++;
            }
            if (seg != null) {
              seg.nps[(int) n.value()]++;
            }
          }
        }
        if (openedIds.contains(s.id())) {
          for (Tally t : blocks(seg)) {
            SurveyTally st = t.survey(s.id());
            st.responses++;
            st.respondents.add(r.respondentId());
          }
        }
      }
      return this;
    }

    private List<Tally> blocks(@Nullable Tally segment) {
      return segment == null ? List.of(overall) : List.of(overall, segment);
    }
  }

  private static List<String> npsKeys(Survey s) {
    List<String> keys = new ArrayList<>();
    for (SurveyQuestion q : s.questions()) {
      if (q.type() == SurveyQuestionType.NPS) {
        keys.add(q.key());
      }
    }
    return keys;
  }

  /** The counts of one block: the whole program or one segment. */
  private static final class Tally {
    final Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments =
        new EnumMap<>(EnrollmentRole.class);
    int matched;
    int waiting;
    final List<Duration> timesToMatch = new ArrayList<>();
    long placesOffered;
    long placesUsed;
    final Map<PairStatus, Integer> pairs = new EnumMap<>(PairStatus.class);
    final Map<HealthStatus, Integer> health = new EnumMap<>(HealthStatus.class);
    final Map<MeetingStatus, Integer> meetings = new EnumMap<>(MeetingStatus.class);
    final List<Integer> heldPerStartedPair = new ArrayList<>();
    long goalsDue;
    long goalsAchieved;
    long ratingSum;
    long ratingCount;
    final int[] nps = new int[11];
    final Map<SurveyId, SurveyTally> surveys = new HashMap<>();

    SurveyTally survey(SurveyId id) {
      return surveys.computeIfAbsent(id, k -> new SurveyTally());
    }

    ProgramReport report(Data d, Instant at, boolean segment) {
      long held = 0;
      for (int h : heldPerStartedPair) {
        held += h;
      }
      List<SurveyResponseRate> rates = new ArrayList<>();
      for (Survey s : d.surveys) {
        if (!AsOf.by(s.openedAt(), at) || (segment && s.anonymous())) {
          continue;
        }
        SurveyTally st = surveys.getOrDefault(s.id(), new SurveyTally());
        int asked = st.asked.size();
        for (ParticipantId p : st.respondents) {
          if (!st.asked.contains(p)) {
            asked++;
          }
        }
        rates.add(
            new SurveyResponseRate(
                s.id(),
                s.checkpoint(),
                s.anonymous(),
                AsOf.by(s.closedAt(), at) ? SurveyStatus.CLOSED : SurveyStatus.OPEN,
                st.responses,
                Ratio.of(st.respondents.size(), asked)));
      }
      return new ProgramReport(
          d.program.id(),
          at,
          enrollments,
          Ratio.of(matched, (long) matched + waiting),
          medianDuration(timesToMatch),
          Ratio.of(placesUsed, placesOffered),
          pairs,
          health,
          meetings,
          Ratio.of(held, heldPerStartedPair.size()),
          median(heldPerStartedPair),
          Ratio.of(goalsAchieved, goalsDue),
          Ratio.of(ratingSum, ratingCount),
          NetPromoterScore.ofHistogram(nps),
          rates);
    }
  }

  /** What one block counted of one survey. */
  private static final class SurveyTally {
    int responses;
    final Set<ParticipantId> respondents = new HashSet<>();
    final Set<ParticipantId> asked = new HashSet<>();
  }

  private static <E extends Enum<E>> void add(Map<E, Integer> counts, E key, int n) {
    counts.merge(key, n, Integer::sum);
  }

  private static @Nullable Duration medianDuration(List<Duration> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }

  private static double median(List<Integer> values) {
    if (values.isEmpty()) {
      return 0;
    }
    int[] sorted = new int[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
  }
}
