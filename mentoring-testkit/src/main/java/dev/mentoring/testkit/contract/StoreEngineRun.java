package dev.mentoring.testkit.contract;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.ErasureReport;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.MentoringException;
import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.fake.RecordingListener;
import dev.mentoring.testkit.fake.RecordingNotifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a real {@link Mentoring} engine on a store for {@link MentoringStoreContract}: a whole
 * program (enrollment, matching, reminders, goals, meetings, a survey, the knowledge base, an
 * export and an erasure), reduced to an id-free {@link Outcome} that can be compared with the same
 * run on the in-memory store, and a race of concurrent acceptances.
 */
final class StoreEngineRun {
  /** The participant the run erases. */
  static final ParticipantId ERASED = ParticipantId.of("eli");

  private static final Actor ADMIN = Actor.participant("admin");
  private static final ParticipantId MENTOR = ParticipantId.of("mentor");

  private StoreEngineRun() {}

  /**
   * What a run leaves behind, without the random ids the engine assigns; lists are sorted so that
   * the order of equal-time rows, which the random ids decide, does not matter.
   */
  record Outcome(
      String program,
      List<String> enrollments,
      List<String> pairs,
      List<String> matching,
      List<String> acceptances,
      List<String> reminders,
      List<String> goals,
      List<String> meetings,
      List<String> survey,
      List<String> resources,
      String export,
      String erasure,
      List<String> notifications,
      List<String> events) {}

  static Outcome run(MentoringStore store) {
    MutableClock clock = MutableClock.at(StoreSamples.T0);
    RecordingNotifier notifier = new RecordingNotifier();
    RecordingListener listener = new RecordingListener();
    Mentoring m =
        Mentoring.builder().store(store).clock(clock).notifier(notifier).listener(listener).build();
    ProgramSpec spec = ProgramSpec.builder("Engine run").enrollmentApprovalRequired(false).build();
    ProgramId pid = m.programs().create(ADMIN, spec).id();
    m.programs().openEnrollment(ADMIN, pid);
    clock.advance(Duration.ofMinutes(1));
    apply(m, pid, "amy", EnrollmentRole.MENTOR, 2, Profile.builder().offers("Java", 5).build());
    apply(m, pid, "bob", EnrollmentRole.MENTOR, 1, Profile.builder().offers("Go", 4).build());
    apply(m, pid, "dan", EnrollmentRole.MENTEE, null, Profile.builder().seeks("Java", 3).build());
    apply(m, pid, "eli", EnrollmentRole.MENTEE, null, Profile.builder().seeks("Go", 2).build());
    apply(m, pid, "gus", EnrollmentRole.MENTEE, null, Profile.builder().seeks("Java", 1).build());
    apply(m, pid, "hal", EnrollmentRole.MENTEE, null, Profile.builder().seeks("Rust", 2).build());
    clock.advance(Duration.ofMinutes(1));
    m.programs().startMatching(ADMIN, pid);
    MatchingRun run = m.matching().propose(ADMIN, pid);

    clock.advance(Duration.ofDays(3));
    List<Notification> due = m.reminders().due(Actor.system(), clock.instant());

    clock.advance(Duration.ofMinutes(1));
    List<String> acceptances = new ArrayList<>();
    for (Pair p : run.proposed()) {
      for (ParticipantId side : List.of(p.mentorId(), p.menteeId())) {
        String what = "accept " + p.mentorId() + " -> " + p.menteeId() + " by " + side + ": ";
        try {
          acceptances.add(what + m.pairs().accept(Actor.participant(side), p.id()).status());
        } catch (MentoringException e) {
          acceptances.add(what + e.getClass().getSimpleName());
        }
      }
    }

    clock.advance(Duration.ofMinutes(1));
    m.programs().launch(ADMIN, pid);
    Activity activity = activity(m, clock, pid, run.proposed());
    ParticipantData data = m.privacy().export(Actor.system(), ERASED);
    String export =
        "enrollments "
            + data.enrollments().size()
            + ", pairs "
            + data.pairs().size()
            + ", goals "
            + data.goals().size()
            + ", meetings "
            + data.meetings().size()
            + ", responses "
            + data.responses().size()
            + ", private notes "
            + data.meetings().stream().flatMap(x -> x.privateNotes().values().stream()).toList()
            + ", ratings "
            + data.meetings().stream().map(x -> x.ratings().keySet()).toList();

    clock.advance(Duration.ofMinutes(1));
    ErasureReport report = m.privacy().erase(Actor.system(), ERASED);
    Function<ParticipantId, String> name =
        id -> id.equals(report.pseudonym()) ? "<pseudonym>" : id.value();

    return store.inTransaction(
        tx -> {
          Program program = tx.programs().find(pid).orElseThrow();
          List<String> enrollments = new ArrayList<>();
          for (Enrollment e : tx.enrollments().findByProgram(pid)) {
            enrollments.add(
                name.apply(e.participantId())
                    + " "
                    + e.role()
                    + " "
                    + e.status()
                    + " capacity "
                    + e.capacity()
                    + " version "
                    + e.version()
                    + " profile "
                    + e.profile());
          }
          List<String> pairs = new ArrayList<>();
          for (Pair p : tx.pairs().findByProgram(pid)) {
            pairs.add(
                name.apply(p.mentorId())
                    + " -> "
                    + name.apply(p.menteeId())
                    + " "
                    + p.status()
                    + " version "
                    + p.version()
                    + " score "
                    + p.score()
                    + " exit "
                    + p.exit());
          }
          List<String> matching = new ArrayList<>();
          for (Pair p : run.proposed()) {
            matching.add("proposed " + p.mentorId() + " -> " + p.menteeId());
          }
          run.unmatched().keySet().forEach(id -> matching.add("unmatched " + id));
          List<String> reminders = new ArrayList<>();
          for (Notification n : due) {
            reminders.add(n.getClass().getSimpleName() + " to " + n.recipient());
          }
          List<String> notifications = new ArrayList<>();
          for (Notification n : notifier.notifications()) {
            notifications.add(n.getClass().getSimpleName() + " to " + name.apply(n.recipient()));
          }
          List<String> events = new ArrayList<>();
          listener.events().forEach(e -> events.add(e.getClass().getSimpleName()));
          List<String> goals = new ArrayList<>();
          for (Goal g : tx.goals().findByProgram(pid)) {
            goals.add(
                name.apply(g.ownerId())
                    + " "
                    + g.status()
                    + " version "
                    + g.version()
                    + " progress "
                    + g.progress()
                    + " title '"
                    + g.title()
                    + "' milestones "
                    + g.milestones().stream().map(ms -> ms.title()).toList()
                    + " check-ins "
                    + g.checkIns().stream()
                        .map(c -> name.apply(c.author()) + ": '" + c.note() + "'")
                        .toList());
          }
          List<String> meetings = new ArrayList<>();
          for (Meeting x : tx.meetings().findByProgram(pid)) {
            Map<String, String> notes = new TreeMap<>();
            x.privateNotes().forEach((who, note) -> notes.put(name.apply(who), note));
            Map<String, Integer> ratings = new TreeMap<>();
            x.ratings().forEach((who, rating) -> ratings.put(name.apply(who), rating));
            meetings.add(
                x.start()
                    + " "
                    + name.apply(x.organizerId())
                    + " "
                    + x.status()
                    + " version "
                    + x.version()
                    + " in a series "
                    + (x.seriesId() != null)
                    + " title '"
                    + x.title()
                    + "' agenda '"
                    + x.agenda()
                    + "' location "
                    + x.location()
                    + " shared '"
                    + x.sharedNotes()
                    + "' private "
                    + notes
                    + " ratings "
                    + ratings
                    + " reason "
                    + x.cancellationReason());
          }
          List<String> survey = new ArrayList<>();
          for (Survey x : tx.surveys().findByProgram(pid)) {
            survey.add(x.title() + " " + x.status() + " version " + x.version());
            for (SurveyResponse r : tx.surveyResponses().findBySurvey(x.id())) {
              survey.add(
                  "response by "
                      + name.apply(r.respondentId())
                      + " about a pair "
                      + (r.pairId() != null)
                      + ": "
                      + new TreeMap<>(r.answers())
                      + " version "
                      + r.version());
            }
          }
          survey.add("summary " + activity.summary());
          List<String> resources = new ArrayList<>();
          for (Resource k : tx.resources().findByProgram(pid)) {
            resources.add(k.title() + " " + k.link() + " " + k.tags() + " version " + k.version());
          }
          resources.add("suggested for eli's goal " + activity.suggestions());
          return new Outcome(
              program.status() + " version " + program.version(),
              sorted(enrollments),
              sorted(pairs),
              sorted(matching),
              acceptances,
              sorted(reminders),
              sorted(goals),
              sorted(meetings),
              survey,
              resources,
              export,
              "enrollments "
                  + report.enrollments()
                  + ", pairs "
                  + report.pairs()
                  + ", references "
                  + report.references()
                  + ", reminders "
                  + report.reminders()
                  + ", goals "
                  + report.goals()
                  + ", meetings "
                  + report.meetings()
                  + ", responses "
                  + report.responses(),
              sorted(notifications),
              sorted(events));
        });
  }

  /** What the activity phase reports besides the store's contents. */
  private record Activity(String summary, List<String> suggestions) {}

  /**
   * With the program running: the knowledge base, goals, meetings and an early fit check, for the
   * pairs that were accepted (bob and eli's among them, if matching paired them).
   */
  private static Activity activity(
      Mentoring m, MutableClock clock, ProgramId pid, List<Pair> proposed) {
    Resource kept =
        m.resources()
            .add(
                ADMIN,
                pid,
                ResourceDraft.builder(
                        "Speaking with confidence", URI.create("https://kb.example.com/speaking"))
                    .tags("public speaking", "go")
                    .audience(ResourceAudience.MENTEES)
                    .build());
    m.resources()
        .revise(
            ADMIN,
            kept.id(),
            kept.draft().toBuilder().description("A short course").tags("confidence").build());
    Resource dropped =
        m.resources()
            .add(
                ADMIN,
                pid,
                ResourceDraft.builder("Old link", URI.create("http://intranet.example.com/old"))
                    .build());
    m.resources().remove(ADMIN, dropped.id());

    SurveyDraft fitCheck =
        SurveyDraft.builder("Is it a good fit?", SurveyCheckpoint.EARLY_FIT_CHECK)
            .question(
                SurveyQuestion.fit("fit", "Is your mentor a good fit?"),
                SurveyQuestion.freeText("why", "Why?").optional())
            .audience(SurveyAudience.MENTEES)
            .build();
    Survey survey = m.surveys().create(ADMIN, pid, fitCheck);
    m.surveys().open(ADMIN, survey.id());

    List<String> suggestions = new ArrayList<>();
    for (Pair p : proposed) {
      Pair pair = m.pairs().get(ADMIN, p.id());
      if (pair.status() != PairStatus.ACTIVE) {
        continue;
      }
      Actor mentor = Actor.participant(pair.mentorId());
      Actor mentee = Actor.participant(pair.menteeId());
      String who = pair.menteeId().value();
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      Goal goal =
          m.goals()
              .create(
                  mentee,
                  pair.id(),
                  GoalDraft.builder(
                          "Public speaking at " + who + "'s team meeting",
                          "Gave a talk",
                          today.plusDays(60))
                      .milestone("Outline by " + who, today.plusDays(20))
                      .milestone("Rehearsal", today.plusDays(40))
                      .progressMode(ProgressMode.MILESTONES)
                      .build());
      m.goals().activate(mentor, goal.id());
      m.goals().completeMilestone(mentee, goal.id(), 0);
      m.goals().checkIn(mentor, goal.id(), "Going well, says the mentor of " + who, null);
      m.goals().checkIn(mentee, goal.id(), "Nervous, says " + who, null);
      if (pair.menteeId().equals(ERASED)) {
        m.goals().share(mentee, goal.id(), GoalVisibility.SHARED_WITH_ADMINS);
        m.resources().suggest(ADMIN, pid, Set.of(goal.title()), 10).stream()
            .map(s -> s.resource().title() + " " + s.matchedTags())
            .forEach(suggestions::add);
      }

      Instant now = clock.instant();
      MeetingPlan plan =
          MeetingPlan.builder(
                  "First meeting of " + who, now.plus(Duration.ofDays(1)), ZoneOffset.UTC)
              .agenda("Goals of " + who)
              .location("Room of " + who)
              .build();
      Meeting first = m.meetings().schedule(mentee, pair.id(), plan);
      List<Meeting> series =
          m.meetings()
              .scheduleSeries(
                  mentor,
                  pair.id(),
                  plan.withStart(now.plus(Duration.ofDays(3))),
                  Recurrence.weekly(3));
      clock.advance(Duration.ofDays(4));
      m.meetings().markHeld(mentor, first.id());
      m.meetings().markNoShow(mentee, series.get(0).id());
      m.meetings().rate(mentor, first.id(), 4);
      m.meetings().rate(mentee, first.id(), 5);
      m.meetings().writePrivateNote(mentor, first.id(), "Private note of the mentor of " + who);
      m.meetings().writePrivateNote(mentee, first.id(), "Private note of " + who);
      m.meetings().updateSharedNotes(mentee, first.id(), "Shared notes of " + who);
      m.meetings().reschedule(mentor, series.get(1).id(), clock.instant().plus(Duration.ofDays(2)));
      m.meetings()
          .cancelSeries(
              mentee, requireNonNull(series.get(0).seriesId(), "seriesId"), "Holidays of " + who);
      m.meetings()
          .log(mentor, pair.id(), plan.withStart(clock.instant().minus(Duration.ofDays(2))));

      Map<String, Answer> answers = new TreeMap<>();
      answers.put("fit", Answer.number(pair.menteeId().equals(ERASED) ? 2 : 5));
      answers.put("why", Answer.text("Answer of " + who));
      m.surveys().respond(mentee, survey.id(), pair.id(), null, answers);
    }
    m.surveys().close(ADMIN, survey.id());
    SurveySummary summary = m.surveys().summary(ADMIN, survey.id());
    return new Activity(
        summary.responses() + " responses, " + summary.questions(), List.copyOf(suggestions));
  }

  private static void apply(
      Mentoring m,
      ProgramId pid,
      String who,
      EnrollmentRole role,
      @Nullable Integer capacity,
      Profile profile) {
    m.enrollments()
        .apply(
            ADMIN,
            pid,
            Application.builder(ParticipantId.of(who), role)
                .capacity(capacity)
                .profile(profile)
                .build());
  }

  private static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    copy.sort(null);
    return List.copyOf(copy);
  }

  /**
   * One mentor with few places and many open proposals that need only the mentor's acceptance.
   *
   * @param mentoring the engine on the store under test
   * @param store the store under test
   * @param program the program
   * @param proposals the proposals, one per mentee
   * @param capacity the mentor's places
   */
  record Race(
      Mentoring mentoring,
      MentoringStore store,
      ProgramId program,
      List<Pair> proposals,
      int capacity) {

    /** Accepts proposal {@code i} as the mentor; returns false if the engine refused. */
    boolean accept(int i) {
      try {
        mentoring.pairs().accept(Actor.participant(MENTOR), proposals.get(i).id());
        return true;
      } catch (CapacityExceededException
          | IllegalTransitionException
          | ConcurrentUpdateException refused) {
        return false;
      }
    }

    long committedPairs() {
      return store.inTransaction(tx -> tx.pairs().findByProgram(program)).stream()
          .filter(p -> p.status().isCommitted())
          .count();
    }
  }

  static Race prepareRace(MentoringStore store, int mentees, int capacity) {
    MutableClock clock = MutableClock.at(StoreSamples.T0);
    Mentoring m = Mentoring.builder().store(store).clock(clock).build();
    MatchingPolicy policy = MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.MENTOR));
    ProgramSpec spec =
        ProgramSpec.builder("Race")
            .enrollmentApprovalRequired(false)
            .matchingPolicy(policy)
            .build();
    ProgramId pid = m.programs().create(ADMIN, spec).id();
    m.programs().openEnrollment(ADMIN, pid);
    apply(m, pid, MENTOR.value(), EnrollmentRole.MENTOR, capacity, Profile.empty());
    for (int i = 0; i < mentees; i++) {
      apply(m, pid, "mentee-" + i, EnrollmentRole.MENTEE, null, Profile.empty());
    }
    m.programs().startMatching(ADMIN, pid);
    List<Pair> proposals = new ArrayList<>();
    for (int i = 0; i < mentees; i++) {
      proposals.add(m.pairs().propose(ADMIN, pid, MENTOR, ParticipantId.of("mentee-" + i)));
    }
    return new Race(m, store, pid, proposals, capacity);
  }
}
