package dev.mentoring.core.memory;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe store that keeps everything in memory; the engine's default.
 *
 * <p>Transactions are serialized by one lock, so they are atomic and isolated: a transaction writes
 * in place and keeps an undo log, which is replayed if the work throws. After-commit actions run
 * once the lock is released. Queries copy and sort their results, so their cost grows with the size
 * of the result, not of the store.
 *
 * <p>This class is thread-safe. Data lives as long as the instance.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InMemoryMentoringStore implements MentoringStore {

  private static final Comparator<Program> PROGRAM_ORDER =
      Comparator.comparing(Program::createdAt).thenComparing(Program::id);
  private static final Comparator<Enrollment> ENROLLMENT_ORDER =
      Comparator.comparing(Enrollment::appliedAt).thenComparing(Enrollment::id);
  private static final Comparator<Pair> PAIR_ORDER =
      Comparator.comparing(Pair::proposedAt).thenComparing(Pair::id);
  private static final Comparator<SentReminder> REMINDER_ORDER =
      Comparator.comparing(SentReminder::sentAt).thenComparing(SentReminder::key);
  private static final Comparator<Goal> GOAL_ORDER =
      Comparator.comparing(Goal::createdAt).thenComparing(Goal::id);
  private static final Comparator<Meeting> MEETING_ORDER =
      Comparator.comparing(Meeting::start).thenComparing(Meeting::id);
  private static final Comparator<Survey> SURVEY_ORDER =
      Comparator.comparing(Survey::createdAt).thenComparing(Survey::id);
  private static final Comparator<SurveyResponse> RESPONSE_ORDER =
      Comparator.comparing(SurveyResponse::submittedAt).thenComparing(SurveyResponse::id);
  private static final Comparator<Resource> RESOURCE_ORDER =
      Comparator.comparing(Resource::createdAt).thenComparing(Resource::id);

  private final ReentrantLock lock = new ReentrantLock();

  private final IndexedTable<ProgramId, Program> programs = new IndexedTable<>();

  private final IndexedTable<EnrollmentId, Enrollment> enrollments = new IndexedTable<>();
  private final IndexedTable.Index<EnrollmentId, Enrollment> enrollmentsByProgram =
      enrollments.index(e -> List.of(e.programId()));
  private final IndexedTable.Index<EnrollmentId, Enrollment> enrollmentsByParticipant =
      enrollments.index(e -> List.of(e.participantId()));
  private final IndexedTable.Index<EnrollmentId, Enrollment> enrollmentsByMembership =
      enrollments.index(e -> List.of(new Membership(e.programId(), e.participantId())));

  private final IndexedTable<PairId, Pair> pairs = new IndexedTable<>();
  private final IndexedTable.Index<PairId, Pair> pairsByProgram =
      pairs.index(p -> List.of(p.programId()));
  private final IndexedTable.Index<PairId, Pair> pairsByParticipant =
      pairs.index(p -> List.of(p.mentorId(), p.menteeId()));

  private final IndexedTable<String, SentReminder> reminders = new IndexedTable<>();
  private final IndexedTable.Index<String, SentReminder> remindersByRecipient =
      reminders.index(r -> List.of(r.recipient()));

  // Reports read every goal and meeting of a program (200,000 meetings in a large one), so these
  // indexes keep their rows in query order and a lookup copies them without sorting.
  private final IndexedTable<GoalId, Goal> goals = new IndexedTable<>();
  private final IndexedTable.Index<GoalId, Goal> goalsByPair =
      goals.sortedIndex(g -> List.of(g.pairId()), GOAL_ORDER);
  private final IndexedTable.Index<GoalId, Goal> goalsByProgram =
      goals.sortedIndex(g -> List.of(g.programId()), GOAL_ORDER);
  private final IndexedTable.Index<GoalId, Goal> goalsByOwner =
      goals.sortedIndex(g -> List.of(g.ownerId()), GOAL_ORDER);

  private final IndexedTable<MeetingId, Meeting> meetings = new IndexedTable<>();
  private final IndexedTable.Index<MeetingId, Meeting> meetingsByPair =
      meetings.sortedIndex(m -> List.of(m.pairId()), MEETING_ORDER);
  private final IndexedTable.Index<MeetingId, Meeting> meetingsByProgram =
      meetings.sortedIndex(m -> List.of(m.programId()), MEETING_ORDER);
  private final IndexedTable.Index<MeetingId, Meeting> meetingsBySeries =
      meetings.sortedIndex(
          m -> m.seriesId() == null ? List.of() : List.of(m.seriesId()), MEETING_ORDER);
  private final IndexedTable<SurveyId, Survey> surveys = new IndexedTable<>();
  private final IndexedTable.Index<SurveyId, Survey> surveysByProgram =
      surveys.index(s -> List.of(s.programId()));

  private final IndexedTable<ResponseId, SurveyResponse> responses = new IndexedTable<>();
  private final IndexedTable.Index<ResponseId, SurveyResponse> responsesBySurvey =
      responses.index(r -> List.of(r.surveyId()));
  private final IndexedTable.Index<ResponseId, SurveyResponse> responsesByProgram =
      responses.index(r -> List.of(r.programId()));
  private final IndexedTable.Index<ResponseId, SurveyResponse> responsesByPair =
      responses.index(r -> r.pairId() == null ? List.of() : List.of(r.pairId()));
  private final IndexedTable.Index<ResponseId, SurveyResponse> responsesByRespondent =
      responses.index(r -> List.of(r.respondentId()));
  private final IndexedTable.Index<ResponseId, SurveyResponse> responsesByAuthorship =
      responses.index(r -> List.of(Authorship.of(r)));

  private final IndexedTable<ResourceId, Resource> resources = new IndexedTable<>();
  private final IndexedTable.Index<ResourceId, Resource> resourcesByProgram =
      resources.index(r -> List.of(r.programId()));

  private record Membership(ProgramId programId, ParticipantId participantId) {}

  /** What makes a survey response unique: one per respondent, survey, pair and subject. */
  private record Authorship(
      SurveyId surveyId,
      ParticipantId respondentId,
      @Nullable PairId pairId,
      @Nullable String subjectKey) {
    static Authorship of(SurveyResponse r) {
      return new Authorship(r.surveyId(), r.respondentId(), r.pairId(), r.subjectKey());
    }
  }

  /** How the store reads and versions one kind of aggregate. */
  private record Aggregate<K, V>(
      String name,
      Function<V, K> id,
      ToLongFunction<V> version,
      BiFunction<V, Long, V> withVersion,
      Function<V, Object> program) {}

  private static final Aggregate<ProgramId, Program> PROGRAM =
      new Aggregate<>("program", Program::id, Program::version, Program::withVersion, Program::id);
  private static final Aggregate<EnrollmentId, Enrollment> ENROLLMENT =
      new Aggregate<>(
          "enrollment",
          Enrollment::id,
          Enrollment::version,
          Enrollment::withVersion,
          Enrollment::programId);
  private static final Aggregate<PairId, Pair> PAIR =
      new Aggregate<>("pair", Pair::id, Pair::version, Pair::withVersion, Pair::programId);
  private static final Aggregate<SurveyId, Survey> SURVEY =
      new Aggregate<>(
          "survey", Survey::id, Survey::version, Survey::withVersion, Survey::programId);
  private static final Aggregate<ResponseId, SurveyResponse> RESPONSE =
      new Aggregate<>(
          "survey response",
          SurveyResponse::id,
          SurveyResponse::version,
          SurveyResponse::withVersion,
          SurveyResponse::programId);
  private static final Aggregate<ResourceId, Resource> RESOURCE =
      new Aggregate<>(
          "resource", Resource::id, Resource::version, Resource::withVersion, Resource::programId);

  private static final Aggregate<GoalId, Goal> GOAL =
      new Aggregate<>("goal", Goal::id, Goal::version, Goal::withVersion, Goal::programId);
  private static final Aggregate<MeetingId, Meeting> MEETING =
      new Aggregate<>(
          "meeting", Meeting::id, Meeting::version, Meeting::withVersion, Meeting::programId);

  /** Creates an empty store. */
  public InMemoryMentoringStore() {}

  @Override
  public Set<StoreFeature> features() {
    return Set.copyOf(
        EnumSet.of(StoreFeature.ATOMIC_TRANSACTIONS, StoreFeature.CONCURRENT_WRITERS));
  }

  @Override
  public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
    requireNonNull(work, "work");
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("nested transactions are not supported");
    }
    Tx tx;
    R result;
    lock.lock();
    try {
      tx = new Tx();
      boolean committed = false;
      try {
        result = work.run(tx);
        committed = true;
      } finally {
        tx.open = false;
        if (!committed) {
          tx.rollback();
        }
      }
    } finally {
      lock.unlock();
    }
    RuntimeException failure = null;
    for (Runnable action : tx.afterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  /** One transaction: writes in place under the store lock, with an undo log. */
  private final class Tx implements StoreTransaction {
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Programs programRepository = new Programs();
    private final Enrollments enrollmentRepository = new Enrollments();
    private final Pairs pairRepository = new Pairs();
    private final Reminders reminderLog = new Reminders();
    private final Goals goalRepository = new Goals();
    private final Meetings meetingRepository = new Meetings();
    private final Surveys surveyRepository = new Surveys();
    private final Responses responseRepository = new Responses();
    private final Resources resourceRepository = new Resources();
    private boolean open = true;

    private void checkOpen() {
      if (!open || !lock.isHeldByCurrentThread()) {
        throw new IllegalStateException("the transaction is no longer active");
      }
    }

    private <K, V> void write(IndexedTable<K, V> table, K key, @Nullable V row) {
      V old = table.put(key, row);
      undo.push(() -> table.put(key, old));
    }

    private void rollback() {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
    }

    private <K, V> V insertRow(IndexedTable<K, V> table, Aggregate<K, V> kind, V row) {
      checkOpen();
      K key = kind.id().apply(row);
      long version = kind.version().applyAsLong(row);
      if (version != 0) {
        throw new IllegalArgumentException("a new " + key + " must have version 0, has " + version);
      }
      V existing = table.get(key);
      if (existing != null) {
        throw new ConcurrentUpdateException(key, 0, kind.version().applyAsLong(existing));
      }
      V stored = kind.withVersion().apply(row, 1L);
      write(table, key, stored);
      return stored;
    }

    private <K, V> V updateRow(IndexedTable<K, V> table, Aggregate<K, V> kind, V row) {
      checkOpen();
      K key = kind.id().apply(row);
      long version = kind.version().applyAsLong(row);
      V existing = table.get(key);
      if (existing == null) {
        throw new NotFoundException(kind.name(), key);
      }
      long actual = kind.version().applyAsLong(existing);
      if (actual != version) {
        throw new ConcurrentUpdateException(key, version, actual);
      }
      if (!kind.program().apply(existing).equals(kind.program().apply(row))) {
        throw new IllegalArgumentException(
            kind.name() + " " + key + " may not move to another program");
      }
      V stored = kind.withVersion().apply(row, version + 1);
      write(table, key, stored);
      return stored;
    }

    private <K, V> void deleteRow(IndexedTable<K, V> table, Aggregate<K, V> kind, V row) {
      checkOpen();
      K key = kind.id().apply(row);
      long version = kind.version().applyAsLong(row);
      V existing = table.get(key);
      if (existing == null) {
        throw new NotFoundException(kind.name(), key);
      }
      long actual = kind.version().applyAsLong(existing);
      if (actual != version) {
        throw new ConcurrentUpdateException(key, version, actual);
      }
      write(table, key, null);
    }

    @Override
    public ProgramRepository programs() {
      checkOpen();
      return programRepository;
    }

    @Override
    public EnrollmentRepository enrollments() {
      checkOpen();
      return enrollmentRepository;
    }

    @Override
    public PairRepository pairs() {
      checkOpen();
      return pairRepository;
    }

    @Override
    public ReminderLog reminders() {
      checkOpen();
      return reminderLog;
    }

    @Override
    public GoalRepository goals() {
      checkOpen();
      return goalRepository;
    }

    @Override
    public MeetingRepository meetings() {
      checkOpen();
      return meetingRepository;
    }

    @Override
    public SurveyRepository surveys() {
      checkOpen();
      return surveyRepository;
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
      checkOpen();
      return responseRepository;
    }

    @Override
    public ResourceRepository resources() {
      checkOpen();
      return resourceRepository;
    }

    @Override
    public void afterCommit(Runnable action) {
      checkOpen();
      afterCommit.add(requireNonNull(action, "action"));
    }

    private final class Programs implements ProgramRepository {
      @Override
      public Optional<Program> find(ProgramId id) {
        checkOpen();
        return Optional.ofNullable(programs.get(requireNonNull(id, "id")));
      }

      @Override
      public List<Program> findAll() {
        checkOpen();
        return programs.all(PROGRAM_ORDER);
      }

      @Override
      public Program insert(Program program) {
        return insertRow(programs, PROGRAM, program);
      }

      @Override
      public Program update(Program program) {
        return updateRow(programs, PROGRAM, program);
      }
    }

    private final class Enrollments implements EnrollmentRepository {
      @Override
      public Optional<Enrollment> find(EnrollmentId id) {
        checkOpen();
        return Optional.ofNullable(enrollments.get(requireNonNull(id, "id")));
      }

      @Override
      public Optional<Enrollment> find(ProgramId programId, ParticipantId participantId) {
        checkOpen();
        Membership key =
            new Membership(
                requireNonNull(programId, "programId"),
                requireNonNull(participantId, "participantId"));
        return enrollments.lookup(enrollmentsByMembership, key, ENROLLMENT_ORDER).stream()
            .findFirst();
      }

      @Override
      public List<Enrollment> findByProgram(ProgramId programId) {
        checkOpen();
        return enrollments.lookup(
            enrollmentsByProgram, requireNonNull(programId, "programId"), ENROLLMENT_ORDER);
      }

      @Override
      public List<Enrollment> findByParticipant(ParticipantId participantId) {
        checkOpen();
        return enrollments.lookup(
            enrollmentsByParticipant,
            requireNonNull(participantId, "participantId"),
            ENROLLMENT_ORDER);
      }

      @Override
      public Enrollment insert(Enrollment enrollment) {
        Optional<Enrollment> same = find(enrollment.programId(), enrollment.participantId());
        if (same.isPresent()) {
          throw new ConcurrentUpdateException(same.get().id(), 0, same.get().version());
        }
        return insertRow(enrollments, ENROLLMENT, enrollment);
      }

      @Override
      public Enrollment update(Enrollment enrollment) {
        Optional<Enrollment> same = find(enrollment.programId(), enrollment.participantId());
        if (same.isPresent() && !same.get().id().equals(enrollment.id())) {
          throw new ConcurrentUpdateException(same.get().id(), 0, same.get().version());
        }
        return updateRow(enrollments, ENROLLMENT, enrollment);
      }
    }

    private final class Pairs implements PairRepository {
      @Override
      public Optional<Pair> find(PairId id) {
        checkOpen();
        return Optional.ofNullable(pairs.get(requireNonNull(id, "id")));
      }

      @Override
      public List<Pair> findByProgram(ProgramId programId) {
        checkOpen();
        return pairs.lookup(pairsByProgram, requireNonNull(programId, "programId"), PAIR_ORDER);
      }

      @Override
      public List<Pair> findByParticipant(ParticipantId participantId) {
        checkOpen();
        return pairs.lookup(
            pairsByParticipant, requireNonNull(participantId, "participantId"), PAIR_ORDER);
      }

      @Override
      public Pair insert(Pair pair) {
        return insertRow(pairs, PAIR, pair);
      }

      @Override
      public Pair update(Pair pair) {
        return updateRow(pairs, PAIR, pair);
      }
    }

    private final class Reminders implements ReminderLog {
      @Override
      public boolean contains(String key) {
        checkOpen();
        return reminders.get(requireNonNull(key, "key")) != null;
      }

      @Override
      public List<SentReminder> findByKeys(Collection<String> keys) {
        checkOpen();
        List<SentReminder> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
          SentReminder sent = reminders.get(requireNonNull(key, "key"));
          if (sent != null && seen.add(key)) {
            found.add(sent);
          }
        }
        return found;
      }

      @Override
      public void record(SentReminder reminder) {
        checkOpen();
        if (reminders.get(reminder.key()) == null) {
          write(reminders, reminder.key(), reminder);
        }
      }

      @Override
      public List<SentReminder> findByRecipient(ParticipantId recipient) {
        checkOpen();
        return reminders.lookup(
            remindersByRecipient, requireNonNull(recipient, "recipient"), REMINDER_ORDER);
      }

      @Override
      public int deleteByRecipient(ParticipantId recipient) {
        List<SentReminder> sent = findByRecipient(recipient);
        for (SentReminder r : sent) {
          write(reminders, r.key(), null);
        }
        return sent.size();
      }
    }

    private final class Goals implements GoalRepository {
      @Override
      public Optional<Goal> find(GoalId id) {
        checkOpen();
        return Optional.ofNullable(goals.get(requireNonNull(id, "id")));
      }

      @Override
      public List<Goal> findByPair(PairId pairId) {
        checkOpen();
        return goals.lookupSorted(goalsByPair, requireNonNull(pairId, "pairId"));
      }

      @Override
      public List<Goal> findByProgram(ProgramId programId) {
        checkOpen();
        return goals.lookupSorted(goalsByProgram, requireNonNull(programId, "programId"));
      }

      @Override
      public List<Goal> findByOwner(ParticipantId ownerId) {
        checkOpen();
        return goals.lookupSorted(goalsByOwner, requireNonNull(ownerId, "ownerId"));
      }

      @Override
      public Goal insert(Goal goal) {
        return insertRow(goals, GOAL, goal);
      }

      @Override
      public Goal update(Goal goal) {
        return updateRow(goals, GOAL, goal);
      }
    }

    private final class Meetings implements MeetingRepository {
      @Override
      public Optional<Meeting> find(MeetingId id) {
        checkOpen();
        return Optional.ofNullable(meetings.get(requireNonNull(id, "id")));
      }

      @Override
      public List<Meeting> findByPair(PairId pairId) {
        checkOpen();
        return meetings.lookupSorted(meetingsByPair, requireNonNull(pairId, "pairId"));
      }

      @Override
      public List<Meeting> findByProgram(ProgramId programId) {
        checkOpen();
        return meetings.lookupSorted(meetingsByProgram, requireNonNull(programId, "programId"));
      }

      @Override
      public List<Meeting> findBySeries(MeetingSeriesId seriesId) {
        checkOpen();
        return meetings.lookupSorted(meetingsBySeries, requireNonNull(seriesId, "seriesId"));
      }

      @Override
      public Meeting insert(Meeting meeting) {
        return insertRow(meetings, MEETING, meeting);
      }

      @Override
      public Meeting update(Meeting meeting) {
        return updateRow(meetings, MEETING, meeting);
      }
    }

    private final class Surveys implements SurveyRepository {
      @Override
      public Optional<Survey> find(SurveyId id) {
        checkOpen();
        return Optional.ofNullable(surveys.get(requireNonNull(id, "id")));
      }

      @Override
      public List<Survey> findByProgram(ProgramId programId) {
        checkOpen();
        return surveys.lookup(
            surveysByProgram, requireNonNull(programId, "programId"), SURVEY_ORDER);
      }

      @Override
      public Survey insert(Survey survey) {
        return insertRow(surveys, SURVEY, survey);
      }

      @Override
      public Survey update(Survey survey) {
        return updateRow(surveys, SURVEY, survey);
      }
    }

    private final class Responses implements SurveyResponseRepository {
      @Override
      public Optional<SurveyResponse> find(ResponseId id) {
        checkOpen();
        return Optional.ofNullable(responses.get(requireNonNull(id, "id")));
      }

      @Override
      public Optional<SurveyResponse> find(
          SurveyId surveyId,
          ParticipantId respondentId,
          @Nullable PairId pairId,
          @Nullable String subjectKey) {
        checkOpen();
        Authorship key =
            new Authorship(
                requireNonNull(surveyId, "surveyId"),
                requireNonNull(respondentId, "respondentId"),
                pairId,
                subjectKey);
        return responses.lookup(responsesByAuthorship, key, RESPONSE_ORDER).stream().findFirst();
      }

      @Override
      public List<SurveyResponse> findBySurvey(SurveyId surveyId) {
        checkOpen();
        return responses.lookup(
            responsesBySurvey, requireNonNull(surveyId, "surveyId"), RESPONSE_ORDER);
      }

      @Override
      public List<SurveyResponse> findByProgram(ProgramId programId) {
        checkOpen();
        return responses.lookup(
            responsesByProgram, requireNonNull(programId, "programId"), RESPONSE_ORDER);
      }

      @Override
      public List<SurveyResponse> findByPair(PairId pairId) {
        checkOpen();
        return responses.lookup(responsesByPair, requireNonNull(pairId, "pairId"), RESPONSE_ORDER);
      }

      @Override
      public List<SurveyResponse> findByRespondent(ParticipantId respondentId) {
        checkOpen();
        return responses.lookup(
            responsesByRespondent, requireNonNull(respondentId, "respondentId"), RESPONSE_ORDER);
      }

      @Override
      public SurveyResponse insert(SurveyResponse response) {
        Optional<SurveyResponse> same = sameAuthorship(response);
        if (same.isPresent()) {
          throw new ConcurrentUpdateException(same.get().id(), 0, same.get().version());
        }
        return insertRow(responses, RESPONSE, response);
      }

      @Override
      public SurveyResponse update(SurveyResponse response) {
        Optional<SurveyResponse> same = sameAuthorship(response);
        if (same.isPresent() && !same.get().id().equals(response.id())) {
          throw new ConcurrentUpdateException(same.get().id(), 0, same.get().version());
        }
        return updateRow(responses, RESPONSE, response);
      }

      private Optional<SurveyResponse> sameAuthorship(SurveyResponse r) {
        return find(r.surveyId(), r.respondentId(), r.pairId(), r.subjectKey());
      }
    }

    private final class Resources implements ResourceRepository {
      @Override
      public Optional<Resource> find(ResourceId id) {
        checkOpen();
        return Optional.ofNullable(resources.get(requireNonNull(id, "id")));
      }

      @Override
      public List<Resource> findByProgram(ProgramId programId) {
        checkOpen();
        return resources.lookup(
            resourcesByProgram, requireNonNull(programId, "programId"), RESOURCE_ORDER);
      }

      @Override
      public Resource insert(Resource resource) {
        return insertRow(resources, RESOURCE, resource);
      }

      @Override
      public Resource update(Resource resource) {
        return updateRow(resources, RESOURCE, resource);
      }

      @Override
      public void delete(Resource resource) {
        deleteRow(resources, RESOURCE, resource);
      }
    }
  }
}
