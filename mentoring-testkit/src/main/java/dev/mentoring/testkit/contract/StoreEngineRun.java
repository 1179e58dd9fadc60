package dev.mentoring.testkit.contract;

import dev.mentoring.core.Actor;
import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.ErasureReport;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.MentoringException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.fake.RecordingListener;
import dev.mentoring.testkit.fake.RecordingNotifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a real {@link Mentoring} engine on a store for {@link MentoringStoreContract}: a whole
 * program, reduced to an id-free {@link Outcome} that can be compared with the same run on the
 * in-memory store, and a race of concurrent acceptances.
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
          return new Outcome(
              program.status() + " version " + program.version(),
              sorted(enrollments),
              sorted(pairs),
              sorted(matching),
              acceptances,
              sorted(reminders),
              "enrollments "
                  + report.enrollments()
                  + ", pairs "
                  + report.pairs()
                  + ", references "
                  + report.references()
                  + ", reminders "
                  + report.reminders(),
              sorted(notifications),
              sorted(events));
        });
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
