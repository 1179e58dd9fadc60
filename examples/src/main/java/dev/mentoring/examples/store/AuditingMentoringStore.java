package dev.mentoring.examples.store;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.spi.EnrollmentRepository;
import dev.mentoring.core.spi.GoalRepository;
import dev.mentoring.core.spi.MeetingRepository;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.PairRepository;
import dev.mentoring.core.spi.ProgramRepository;
import dev.mentoring.core.spi.ReminderLog;
import dev.mentoring.core.spi.ResourceRepository;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreFeature;
import dev.mentoring.core.spi.StoreTransaction;
import dev.mentoring.core.spi.StoreWork;
import dev.mentoring.core.spi.SurveyRepository;
import dev.mentoring.core.spi.SurveyResponseRepository;
import dev.mentoring.examples.store.AuditEntry.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MentoringStore} that decorates another one and audits it: it counts transactions
 * (started, committed, failed) and keeps, in commit order, an {@link AuditEntry} for every write of
 * every committed transaction. A host would ship such entries to its audit log or metrics system;
 * here they are kept in memory and read with {@link #auditTrail()} and {@link
 * #writesByRepository()}.
 *
 * <pre>{@code
 * AuditingMentoringStore store = AuditingMentoringStore.decorating(new InMemoryMentoringStore());
 * Mentoring mentoring = Mentoring.builder().store(store).build();
 * ...
 * store.writesByRepository(); // {enrollments=40, goals=..., pairs=...}
 * }</pre>
 *
 * <p>A transaction's writes are collected while its work runs and appended to the trail by an
 * after-commit action that the store registers before the work starts, so they appear before the
 * engine's own after-commit actions (notifications, events) run, and never for a transaction that
 * failed: its writes were rolled back by a store with {@link StoreFeature#ATOMIC_TRANSACTIONS}.
 * Reads pass straight through. The decorated store's features, versioning, exceptions and
 * transaction rules (such as refusing nested transactions) are kept unchanged.
 *
 * <p>Thread-safe if the decorated store is; the trail and the counters may be read at any time.
 */
public final class AuditingMentoringStore implements MentoringStore {

  private final MentoringStore delegate;
  private final Clock clock;
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final List<AuditEntry> trail = new ArrayList<>(); // guarded by itself

  private AuditingMentoringStore(MentoringStore delegate, Clock clock) {
    this.delegate = delegate;
    this.clock = clock;
  }

  /**
   * Returns a store that audits another, stamping entries with the system clock in UTC.
   *
   * @param delegate the store that keeps the data
   * @return the auditing store
   * @throws NullPointerException if {@code delegate} is null
   */
  public static AuditingMentoringStore decorating(MentoringStore delegate) {
    return decorating(delegate, Clock.systemUTC());
  }

  /**
   * Returns a store that audits another.
   *
   * @param delegate the store that keeps the data
   * @param clock the clock that stamps each transaction's commit
   * @return the auditing store
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code delegate} is itself an auditing store
   */
  public static AuditingMentoringStore decorating(MentoringStore delegate, Clock clock) {
    requireNonNull(delegate, "delegate");
    requireNonNull(clock, "clock");
    if (delegate instanceof AuditingMentoringStore) {
      throw new IllegalArgumentException(
          "delegate must not be an AuditingMentoringStore: every write would be audited twice");
    }
    return new AuditingMentoringStore(delegate, clock);
  }

  @Override
  public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
    requireNonNull(work, "work");
    long number = started.incrementAndGet();
    Pending pending = new Pending(number);
    try {
      return delegate.inTransaction(
          tx -> {
            tx.afterCommit(pending::commit);
            return work.run(new AuditingTransaction(tx, pending));
          });
    } finally {
      if (!pending.committed) {
        failed.incrementAndGet();
      }
    }
  }

  @Override
  public Set<StoreFeature> features() {
    return delegate.features();
  }

  /**
   * Returns the writes of the committed transactions, in commit order, each transaction's writes in
   * the order they were made.
   *
   * @return a snapshot of the trail
   */
  public List<AuditEntry> auditTrail() {
    synchronized (trail) {
      return List.copyOf(trail);
    }
  }

  /**
   * Returns how many writes the committed transactions made, by repository name.
   *
   * @return repository names, sorted, with their counts; repositories never written are absent
   */
  public Map<String, Long> writesByRepository() {
    Map<String, Long> counts = new TreeMap<>();
    for (AuditEntry e : auditTrail()) {
      counts.merge(e.repository(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Returns how many transactions have started, including those still running.
   *
   * @return the count
   */
  public long startedTransactions() {
    return started.get();
  }

  /**
   * Returns how many transactions have committed.
   *
   * @return the count
   */
  public long committedTransactions() {
    return committed.get();
  }

  /**
   * Returns how many transactions ended without committing: their work threw, or the decorated
   * store refused them.
   *
   * @return the count
   */
  public long failedTransactions() {
    return failed.get();
  }

  @Override
  public String toString() {
    return "AuditingMentoringStore[" + delegate + "]";
  }

  // ------------------------------------------------------------------ one transaction's writes

  /** The writes of one running transaction; used by its thread only until it commits. */
  private final class Pending {
    private final long number;
    private final List<Write> writes = new ArrayList<>();
    private volatile boolean committed;

    Pending(long number) {
      this.number = number;
    }

    void add(String repository, Operation operation, String id, long version) {
      writes.add(new Write(repository, operation, id, version));
    }

    void commit() {
      committed = true;
      AuditingMentoringStore.this.committed.incrementAndGet();
      var at = clock.instant();
      synchronized (trail) {
        for (Write w : writes) {
          trail.add(new AuditEntry(number, at, w.repository, w.operation, w.id, w.version));
        }
      }
    }
  }

  /** A write before its transaction's commit time is known. */
  private record Write(String repository, Operation operation, String id, long version) {}

  /** Hands out auditing views of the decorated transaction's repositories. */
  private static final class AuditingTransaction implements StoreTransaction {
    private final StoreTransaction tx;
    private final Pending pending;

    AuditingTransaction(StoreTransaction tx, Pending pending) {
      this.tx = tx;
      this.pending = pending;
    }

    @Override
    public ProgramRepository programs() {
      ProgramRepository r = tx.programs();
      return new ProgramRepository() {
        @Override
        public Optional<Program> find(ProgramId id) {
          return r.find(id);
        }

        @Override
        public List<Program> findAll() {
          return r.findAll();
        }

        @Override
        public Program insert(Program program) {
          Program stored = r.insert(program);
          pending.add("programs", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Program update(Program program) {
          Program stored = r.update(program);
          pending.add("programs", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public EnrollmentRepository enrollments() {
      EnrollmentRepository r = tx.enrollments();
      return new EnrollmentRepository() {
        @Override
        public Optional<Enrollment> find(EnrollmentId id) {
          return r.find(id);
        }

        @Override
        public Optional<Enrollment> find(ProgramId programId, ParticipantId participantId) {
          return r.find(programId, participantId);
        }

        @Override
        public List<Enrollment> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public List<Enrollment> findByParticipant(ParticipantId participantId) {
          return r.findByParticipant(participantId);
        }

        @Override
        public Enrollment insert(Enrollment enrollment) {
          Enrollment stored = r.insert(enrollment);
          pending.add("enrollments", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Enrollment update(Enrollment enrollment) {
          Enrollment stored = r.update(enrollment);
          pending.add("enrollments", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public PairRepository pairs() {
      PairRepository r = tx.pairs();
      return new PairRepository() {
        @Override
        public Optional<Pair> find(PairId id) {
          return r.find(id);
        }

        @Override
        public List<Pair> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public List<Pair> findByParticipant(ParticipantId participantId) {
          return r.findByParticipant(participantId);
        }

        @Override
        public Pair insert(Pair pair) {
          Pair stored = r.insert(pair);
          pending.add("pairs", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Pair update(Pair pair) {
          Pair stored = r.update(pair);
          pending.add("pairs", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public ReminderLog reminders() {
      ReminderLog r = tx.reminders();
      return new ReminderLog() {
        @Override
        public boolean contains(String key) {
          return r.contains(key);
        }

        @Override
        public List<SentReminder> findByKeys(Collection<String> keys) {
          return r.findByKeys(keys);
        }

        @Override
        public void record(SentReminder reminder) {
          r.record(reminder);
          pending.add("reminders", Operation.RECORD, reminder.key(), 0);
        }

        @Override
        public List<SentReminder> findByRecipient(ParticipantId recipient) {
          return r.findByRecipient(recipient);
        }

        @Override
        public int deleteByRecipient(ParticipantId recipient) {
          List<SentReminder> gone = r.findByRecipient(recipient);
          int deleted = r.deleteByRecipient(recipient);
          gone.forEach(s -> pending.add("reminders", Operation.DELETE, s.key(), 0));
          return deleted;
        }
      };
    }

    @Override
    public GoalRepository goals() {
      GoalRepository r = tx.goals();
      return new GoalRepository() {
        @Override
        public Optional<Goal> find(GoalId id) {
          return r.find(id);
        }

        @Override
        public List<Goal> findByPair(PairId pairId) {
          return r.findByPair(pairId);
        }

        @Override
        public List<Goal> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public List<Goal> findByOwner(ParticipantId ownerId) {
          return r.findByOwner(ownerId);
        }

        @Override
        public Goal insert(Goal goal) {
          Goal stored = r.insert(goal);
          pending.add("goals", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Goal update(Goal goal) {
          Goal stored = r.update(goal);
          pending.add("goals", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public MeetingRepository meetings() {
      MeetingRepository r = tx.meetings();
      return new MeetingRepository() {
        @Override
        public Optional<Meeting> find(MeetingId id) {
          return r.find(id);
        }

        @Override
        public List<Meeting> findByPair(PairId pairId) {
          return r.findByPair(pairId);
        }

        @Override
        public List<Meeting> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public List<Meeting> findBySeries(MeetingSeriesId seriesId) {
          return r.findBySeries(seriesId);
        }

        @Override
        public Meeting insert(Meeting meeting) {
          Meeting stored = r.insert(meeting);
          pending.add("meetings", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Meeting update(Meeting meeting) {
          Meeting stored = r.update(meeting);
          pending.add("meetings", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public SurveyRepository surveys() {
      SurveyRepository r = tx.surveys();
      return new SurveyRepository() {
        @Override
        public Optional<Survey> find(SurveyId id) {
          return r.find(id);
        }

        @Override
        public List<Survey> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public Survey insert(Survey survey) {
          Survey stored = r.insert(survey);
          pending.add("surveys", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Survey update(Survey survey) {
          Survey stored = r.update(survey);
          pending.add("surveys", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
      SurveyResponseRepository r = tx.surveyResponses();
      return new SurveyResponseRepository() {
        @Override
        public Optional<SurveyResponse> find(ResponseId id) {
          return r.find(id);
        }

        @Override
        public Optional<SurveyResponse> find(
            SurveyId surveyId,
            ParticipantId respondentId,
            @Nullable PairId pairId,
            @Nullable String subjectKey) {
          return r.find(surveyId, respondentId, pairId, subjectKey);
        }

        @Override
        public List<SurveyResponse> findBySurvey(SurveyId surveyId) {
          return r.findBySurvey(surveyId);
        }

        @Override
        public List<SurveyResponse> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public List<SurveyResponse> findByPair(PairId pairId) {
          return r.findByPair(pairId);
        }

        @Override
        public List<SurveyResponse> findByRespondent(ParticipantId respondentId) {
          return r.findByRespondent(respondentId);
        }

        @Override
        public SurveyResponse insert(SurveyResponse response) {
          SurveyResponse stored = r.insert(response);
          pending.add("surveyResponses", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public SurveyResponse update(SurveyResponse response) {
          SurveyResponse stored = r.update(response);
          pending.add("surveyResponses", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }
      };
    }

    @Override
    public ResourceRepository resources() {
      ResourceRepository r = tx.resources();
      return new ResourceRepository() {
        @Override
        public Optional<Resource> find(ResourceId id) {
          return r.find(id);
        }

        @Override
        public List<Resource> findByProgram(ProgramId programId) {
          return r.findByProgram(programId);
        }

        @Override
        public Resource insert(Resource resource) {
          Resource stored = r.insert(resource);
          pending.add("resources", Operation.INSERT, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public Resource update(Resource resource) {
          Resource stored = r.update(resource);
          pending.add("resources", Operation.UPDATE, stored.id().value(), stored.version());
          return stored;
        }

        @Override
        public void delete(Resource resource) {
          r.delete(resource);
          pending.add("resources", Operation.DELETE, resource.id().value(), resource.version());
        }
      };
    }

    @Override
    public void afterCommit(Runnable action) {
      tx.afterCommit(action);
    }
  }
}
