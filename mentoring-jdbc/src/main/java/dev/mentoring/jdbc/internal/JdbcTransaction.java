package dev.mentoring.jdbc.internal;

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
import dev.mentoring.core.spi.PairRepository;
import dev.mentoring.core.spi.ProgramRepository;
import dev.mentoring.core.spi.ReminderLog;
import dev.mentoring.core.spi.ResourceRepository;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreTransaction;
import dev.mentoring.core.spi.SurveyRepository;
import dev.mentoring.core.spi.SurveyResponseRepository;
import dev.mentoring.jdbc.JdbcStoreException;
import dev.mentoring.jdbc.internal.Table.Column;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One transaction of the JDBC store: the repositories over one connection whose auto-commit is off.
 * Valid only on the thread that opened it and until its work returns; the store commits or rolls
 * back the connection.
 *
 * <p>Every finder is one statement on an indexed column; rows are decoded from their bodies and
 * sorted in Java. Inserts, updates and deletes are one statement each when they succeed; a refused
 * one is diagnosed with one or two more to throw the exception the storage SPI documents.
 */
public final class JdbcTransaction implements StoreTransaction {
  /** The actual version reported when the database aborted the statement before it was read. */
  public static final long UNKNOWN_VERSION = -1;

  private static final Comparator<SentReminder> REMINDER_ORDER =
      Comparator.comparing(SentReminder::sentAt).thenComparing(SentReminder::key);

  private final Connection connection;
  private final Tables tables;
  private final Thread owner = Thread.currentThread();
  private final List<Runnable> afterCommit = new ArrayList<>();
  private boolean open = true;

  private final Programs programRepository = new Programs();
  private final Enrollments enrollmentRepository = new Enrollments();
  private final Pairs pairRepository = new Pairs();
  private final Reminders reminderLog = new Reminders();
  private final Goals goalRepository = new Goals();
  private final Meetings meetingRepository = new Meetings();
  private final Surveys surveyRepository = new Surveys();
  private final Responses responseRepository = new Responses();
  private final Resources resourceRepository = new Resources();

  /**
   * Opens a transaction on a connection whose auto-commit is off.
   *
   * @param connection the connection
   * @param tables the tables of its database
   */
  public JdbcTransaction(Connection connection, Tables tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /** Ends the transaction's validity; later calls throw {@link IllegalStateException}. */
  public void close() {
    open = false;
  }

  /**
   * Returns the actions registered to run after the commit, in registration order.
   *
   * @return the actions
   */
  public List<Runnable> afterCommitActions() {
    return List.copyOf(afterCommit);
  }

  private void checkOpen() {
    if (!open || Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "the transaction is no longer active (or is used from another thread)");
    }
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

  // ------------------------------------------------------------------ generic row operations

  private static JdbcStoreException failure(String what, SQLException e) {
    return new JdbcStoreException("cannot " + what, e);
  }

  /** Maps a failed write: a conflict with another transaction, or a failure of the database. */
  private RuntimeException writeFailure(String what, String id, long expected, SQLException e) {
    String state = e.getSQLState();
    if (state != null && (Dialect.isConflict(state) || Dialect.isUniqueViolation(state))) {
      ConcurrentUpdateException conflict =
          new ConcurrentUpdateException(id, expected, UNKNOWN_VERSION);
      conflict.initCause(e);
      return conflict;
    }
    return failure(what, e);
  }

  private <V> List<V> query(Table<V> table, String sql, String... params) {
    checkOpen();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      List<V> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          rows.add(Bodies.read(rs.getString(2), table.type, table.name, id));
        }
      }
      rows.sort(table.order);
      return rows;
    } catch (SQLException e) {
      throw failure("read " + table.name, e);
    }
  }

  private <V> Optional<V> find(Table<V> table, Object id) {
    List<V> rows = query(table, table.selectById, requireNonNull(id, "id").toString());
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private <V> List<V> findBy(Table<V> table, String column, Object key, String name) {
    return query(
        table, table.select + " WHERE " + column + " = ?", requireNonNull(key, name).toString());
  }

  private static <V> void bindColumns(
      PreparedStatement ps, int from, List<Column<V>> columns, V row) throws SQLException {
    int i = from;
    for (Column<V> c : columns) {
      String value = c.key().of(row);
      if (value == null) {
        ps.setNull(i++, Types.VARCHAR);
      } else {
        ps.setString(i++, value);
      }
    }
  }

  private <V> V insert(Table<V> table, V row) {
    checkOpen();
    String id = table.id(requireNonNull(row, table.kind));
    long version = table.version(row);
    if (version != 0) {
      throw new IllegalArgumentException(
          "a new " + table.kind + " " + id + " must have version 0, has " + version);
    }
    V stored = table.withVersion(row, 1L);
    int inserted;
    try (PreparedStatement ps = connection.prepareStatement(table.insert)) {
      ps.setString(1, id);
      ps.setLong(2, 1L);
      bindColumns(ps, 3, table.columns, stored);
      ps.setString(3 + table.columns.size(), Bodies.write(stored));
      inserted = ps.executeUpdate();
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (state != null
          && Dialect.isUniqueViolation(state)
          && tables.dialect.survivesFailedStatement()) {
        inserted = 0;
      } else {
        throw writeFailure("insert " + table.kind + " " + id, id, 0, e);
      }
    }
    if (inserted == 0) {
      throw refusedInsert(table, stored, id);
    }
    return stored;
  }

  /** Names the row that took an inserted row's id or unique key. */
  private <V> ConcurrentUpdateException refusedInsert(Table<V> table, V row, String id) {
    try {
      Stored existing = stored(table, id);
      if (existing != null) {
        return new ConcurrentUpdateException(id, 0, existing.version());
      }
      ConcurrentUpdateException other = sameUniqueKey(table, row, id);
      if (other != null) {
        return other;
      }
    } catch (SQLException e) {
      throw failure("read " + table.name, e);
    }
    // Taken by a transaction not yet committed: a new row holds version 1.
    return new ConcurrentUpdateException(id, 0, 1);
  }

  /** What is stored of a row: its version and, for aggregates of a program, the program. */
  private record Stored(long version, @Nullable String program) {}

  private <V> @Nullable Stored stored(Table<V> table, String id) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(table.selectVersion)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Stored(rs.getLong(1), table.program == null ? null : rs.getString(2));
      }
    }
  }

  /** Finds another row with a row's secondary unique key, as a conflict naming that row. */
  private <V> @Nullable ConcurrentUpdateException sameUniqueKey(Table<V> table, V row, String id)
      throws SQLException {
    String sql = table.selectByUnique;
    if (sql == null) {
      return null;
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bindColumns(ps, 1, table.unique, row);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String other = rs.getString(1);
          if (!other.equals(id)) {
            return new ConcurrentUpdateException(other, 0, rs.getLong(2));
          }
        }
      }
    }
    return null;
  }

  private <V> V update(Table<V> table, V row) {
    checkOpen();
    String id = table.id(requireNonNull(row, table.kind));
    long expected = table.version(row);
    V stored = table.withVersion(row, expected + 1);
    int updated;
    try (PreparedStatement ps = connection.prepareStatement(table.update)) {
      int i = 1;
      ps.setLong(i++, expected + 1);
      bindColumns(ps, i, table.columns, stored);
      i += table.columns.size();
      ps.setString(i++, Bodies.write(stored));
      ps.setString(i++, id);
      ps.setLong(i++, expected);
      Column<V> program = table.program;
      if (program != null) {
        ps.setString(i++, program.key().of(stored));
      }
      if (!table.unique.isEmpty()) {
        bindColumns(ps, i, table.unique, stored);
        i += table.unique.size();
        ps.setString(i, id);
      }
      updated = ps.executeUpdate();
    } catch (SQLException e) {
      throw writeFailure("update " + table.kind + " " + id, id, expected, e);
    }
    if (updated == 0) {
      throw refusedUpdate(table, stored, id, expected);
    }
    return stored;
  }

  /** Tells why an update or delete changed no row. */
  private <V> RuntimeException refusedUpdate(Table<V> table, V row, String id, long expected) {
    try {
      Stored actual = stored(table, id);
      if (actual == null) {
        return new NotFoundException(table.kind, id);
      }
      if (actual.version() != expected) {
        return new ConcurrentUpdateException(id, expected, actual.version());
      }
      Column<V> program = table.program;
      String storedProgram = actual.program();
      if (program != null
          && storedProgram != null
          && !storedProgram.equals(program.key().of(row))) {
        return new IllegalArgumentException(
            table.kind + " " + id + " may not move to another program");
      }
      ConcurrentUpdateException other = sameUniqueKey(table, row, id);
      if (other != null) {
        return other;
      }
      return new ConcurrentUpdateException(id, expected, actual.version());
    } catch (SQLException e) {
      return failure("read " + table.name, e);
    }
  }

  private <V> void delete(Table<V> table, V row) {
    checkOpen();
    String id = table.id(requireNonNull(row, table.kind));
    long expected = table.version(row);
    int deleted;
    try (PreparedStatement ps = connection.prepareStatement(table.delete)) {
      ps.setString(1, id);
      ps.setLong(2, expected);
      deleted = ps.executeUpdate();
    } catch (SQLException e) {
      throw writeFailure("delete " + table.kind + " " + id, id, expected, e);
    }
    if (deleted == 0) {
      throw refusedUpdate(table, row, id, expected);
    }
  }

  // ------------------------------------------------------------------ repositories

  private final class Programs implements ProgramRepository {
    @Override
    public Optional<Program> find(ProgramId id) {
      return JdbcTransaction.this.find(tables.programs, id);
    }

    @Override
    public List<Program> findAll() {
      return query(tables.programs, tables.programs.select);
    }

    @Override
    public Program insert(Program program) {
      return JdbcTransaction.this.insert(tables.programs, program);
    }

    @Override
    public Program update(Program program) {
      return JdbcTransaction.this.update(tables.programs, program);
    }
  }

  private final class Enrollments implements EnrollmentRepository {
    @Override
    public Optional<Enrollment> find(EnrollmentId id) {
      return JdbcTransaction.this.find(tables.enrollments, id);
    }

    @Override
    public Optional<Enrollment> find(ProgramId programId, ParticipantId participantId) {
      List<Enrollment> rows =
          query(
              tables.enrollments,
              tables.enrollments.select + " WHERE program_id = ? AND participant_id = ?",
              requireNonNull(programId, "programId").value(),
              requireNonNull(participantId, "participantId").value());
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<Enrollment> findByProgram(ProgramId programId) {
      return findBy(tables.enrollments, "program_id", programId, "programId");
    }

    @Override
    public List<Enrollment> findByParticipant(ParticipantId participantId) {
      return findBy(tables.enrollments, "participant_id", participantId, "participantId");
    }

    @Override
    public Enrollment insert(Enrollment enrollment) {
      return JdbcTransaction.this.insert(tables.enrollments, enrollment);
    }

    @Override
    public Enrollment update(Enrollment enrollment) {
      return JdbcTransaction.this.update(tables.enrollments, enrollment);
    }
  }

  private final class Pairs implements PairRepository {
    @Override
    public Optional<Pair> find(PairId id) {
      return JdbcTransaction.this.find(tables.pairs, id);
    }

    @Override
    public List<Pair> findByProgram(ProgramId programId) {
      return findBy(tables.pairs, "program_id", programId, "programId");
    }

    @Override
    public List<Pair> findByParticipant(ParticipantId participantId) {
      String who = requireNonNull(participantId, "participantId").value();
      return query(
          tables.pairs, tables.pairs.select + " WHERE mentor_id = ? OR mentee_id = ?", who, who);
    }

    @Override
    public Pair insert(Pair pair) {
      return JdbcTransaction.this.insert(tables.pairs, pair);
    }

    @Override
    public Pair update(Pair pair) {
      return JdbcTransaction.this.update(tables.pairs, pair);
    }
  }

  private final class Goals implements GoalRepository {
    @Override
    public Optional<Goal> find(GoalId id) {
      return JdbcTransaction.this.find(tables.goals, id);
    }

    @Override
    public List<Goal> findByPair(PairId pairId) {
      return findBy(tables.goals, "pair_id", pairId, "pairId");
    }

    @Override
    public List<Goal> findByProgram(ProgramId programId) {
      return findBy(tables.goals, "program_id", programId, "programId");
    }

    @Override
    public List<Goal> findByOwner(ParticipantId ownerId) {
      return findBy(tables.goals, "owner_id", ownerId, "ownerId");
    }

    @Override
    public Goal insert(Goal goal) {
      return JdbcTransaction.this.insert(tables.goals, goal);
    }

    @Override
    public Goal update(Goal goal) {
      return JdbcTransaction.this.update(tables.goals, goal);
    }
  }

  private final class Meetings implements MeetingRepository {
    @Override
    public Optional<Meeting> find(MeetingId id) {
      return JdbcTransaction.this.find(tables.meetings, id);
    }

    @Override
    public List<Meeting> findByPair(PairId pairId) {
      return findBy(tables.meetings, "pair_id", pairId, "pairId");
    }

    @Override
    public List<Meeting> findByProgram(ProgramId programId) {
      return findBy(tables.meetings, "program_id", programId, "programId");
    }

    @Override
    public List<Meeting> findBySeries(MeetingSeriesId seriesId) {
      return findBy(tables.meetings, "series_id", seriesId, "seriesId");
    }

    @Override
    public Meeting insert(Meeting meeting) {
      return JdbcTransaction.this.insert(tables.meetings, meeting);
    }

    @Override
    public Meeting update(Meeting meeting) {
      return JdbcTransaction.this.update(tables.meetings, meeting);
    }
  }

  private final class Surveys implements SurveyRepository {
    @Override
    public Optional<Survey> find(SurveyId id) {
      return JdbcTransaction.this.find(tables.surveys, id);
    }

    @Override
    public List<Survey> findByProgram(ProgramId programId) {
      return findBy(tables.surveys, "program_id", programId, "programId");
    }

    @Override
    public Survey insert(Survey survey) {
      return JdbcTransaction.this.insert(tables.surveys, survey);
    }

    @Override
    public Survey update(Survey survey) {
      return JdbcTransaction.this.update(tables.surveys, survey);
    }
  }

  private final class Responses implements SurveyResponseRepository {
    @Override
    public Optional<SurveyResponse> find(ResponseId id) {
      return JdbcTransaction.this.find(tables.responses, id);
    }

    @Override
    public Optional<SurveyResponse> find(
        SurveyId surveyId,
        ParticipantId respondentId,
        @Nullable PairId pairId,
        @Nullable String subjectKey) {
      List<SurveyResponse> rows =
          query(
              tables.responses,
              tables.responses.select
                  + " WHERE survey_id = ? AND respondent_id = ? AND pair_key = ?"
                  + " AND subject_key = ?",
              requireNonNull(surveyId, "surveyId").value(),
              requireNonNull(respondentId, "respondentId").value(),
              Tables.optionalKey(pairId == null ? null : pairId.value()),
              Tables.optionalKey(subjectKey));
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<SurveyResponse> findBySurvey(SurveyId surveyId) {
      return findBy(tables.responses, "survey_id", surveyId, "surveyId");
    }

    @Override
    public List<SurveyResponse> findByProgram(ProgramId programId) {
      return findBy(tables.responses, "program_id", programId, "programId");
    }

    @Override
    public List<SurveyResponse> findByPair(PairId pairId) {
      return findBy(tables.responses, "pair_id", pairId, "pairId");
    }

    @Override
    public List<SurveyResponse> findByRespondent(ParticipantId respondentId) {
      return findBy(tables.responses, "respondent_id", respondentId, "respondentId");
    }

    @Override
    public SurveyResponse insert(SurveyResponse response) {
      return JdbcTransaction.this.insert(tables.responses, response);
    }

    @Override
    public SurveyResponse update(SurveyResponse response) {
      return JdbcTransaction.this.update(tables.responses, response);
    }
  }

  private final class Resources implements ResourceRepository {
    @Override
    public Optional<Resource> find(ResourceId id) {
      return JdbcTransaction.this.find(tables.resources, id);
    }

    @Override
    public List<Resource> findByProgram(ProgramId programId) {
      return findBy(tables.resources, "program_id", programId, "programId");
    }

    @Override
    public Resource insert(Resource resource) {
      return JdbcTransaction.this.insert(tables.resources, resource);
    }

    @Override
    public Resource update(Resource resource) {
      return JdbcTransaction.this.update(tables.resources, resource);
    }

    @Override
    public void delete(Resource resource) {
      JdbcTransaction.this.delete(tables.resources, resource);
    }
  }

  // ------------------------------------------------------------------ reminder log

  private final class Reminders implements ReminderLog {
    private static final String TABLE = "mentoring_sent_reminders";
    private static final String COLUMNS =
        "reminder_key, recipient_id, sent_at_second, sent_at_nano";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + TABLE;

    /** Keys per statement of a bulk lookup on H2, which takes them as a list of parameters. */
    private static final int CHUNK = 500;

    @Override
    public boolean contains(String key) {
      requireNonNull(key, "key");
      return !select(SELECT + " WHERE reminder_key = ?", key).isEmpty();
    }

    @Override
    public List<SentReminder> findByKeys(Collection<String> keys) {
      checkOpen();
      LinkedHashSet<String> distinct = new LinkedHashSet<>();
      for (String key : keys) {
        distinct.add(requireNonNull(key, "key"));
      }
      if (distinct.isEmpty()) {
        return List.of();
      }
      Map<String, SentReminder> found = new HashMap<>();
      try {
        if (tables.dialect == Dialect.POSTGRESQL) {
          Array array = connection.createArrayOf("varchar", distinct.toArray());
          try (PreparedStatement ps =
              connection.prepareStatement(SELECT + " WHERE reminder_key = ANY (?)")) {
            ps.setArray(1, array);
            readReminders(ps, found);
          } finally {
            array.free();
          }
        } else {
          List<String> all = new ArrayList<>(distinct);
          for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = "?" + ", ?".repeat(CHUNK - 1);
            try (PreparedStatement ps =
                connection.prepareStatement(SELECT + " WHERE reminder_key IN (" + marks + ")")) {
              for (int i = 0; i < CHUNK; i++) {
                // Unused places repeat the last key, so every chunk is the same statement.
                ps.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
              }
              readReminders(ps, found);
            }
          }
        }
      } catch (SQLException e) {
        throw failure("read " + TABLE, e);
      }
      List<SentReminder> result = new ArrayList<>();
      for (String key : distinct) {
        SentReminder r = found.get(key);
        if (r != null) {
          result.add(r);
        }
      }
      return result;
    }

    private void readReminders(PreparedStatement ps, Map<String, SentReminder> into)
        throws SQLException {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SentReminder r = reminder(rs);
          into.put(r.key(), r);
        }
      }
    }

    private SentReminder reminder(ResultSet rs) throws SQLException {
      return new SentReminder(
          rs.getString(1),
          ParticipantId.of(rs.getString(2)),
          Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)));
    }

    private List<SentReminder> select(String sql, String param) {
      checkOpen();
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, param);
        List<SentReminder> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(reminder(rs));
          }
        }
        rows.sort(REMINDER_ORDER);
        return rows;
      } catch (SQLException e) {
        throw failure("read " + TABLE, e);
      }
    }

    @Override
    public void record(SentReminder reminder) {
      checkOpen();
      requireNonNull(reminder, "reminder");
      try (PreparedStatement ps =
          connection.prepareStatement(
              "INSERT INTO "
                  + TABLE
                  + " ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?)"
                  + tables.dialect.onConflictDoNothing())) {
        ps.setString(1, reminder.key());
        ps.setString(2, reminder.recipient().value());
        Instant sentAt = reminder.sentAt();
        ps.setLong(3, sentAt.getEpochSecond());
        ps.setInt(4, sentAt.getNano());
        ps.executeUpdate();
      } catch (SQLException e) {
        String state = e.getSQLState();
        boolean recorded =
            state != null
                && Dialect.isUniqueViolation(state)
                && tables.dialect.survivesFailedStatement();
        if (!recorded) {
          throw failure("record reminder " + reminder.key(), e);
        }
      }
    }

    @Override
    public List<SentReminder> findByRecipient(ParticipantId recipient) {
      return select(
          SELECT + " WHERE recipient_id = ?", requireNonNull(recipient, "recipient").value());
    }

    @Override
    public int deleteByRecipient(ParticipantId recipient) {
      checkOpen();
      requireNonNull(recipient, "recipient");
      try (PreparedStatement ps =
          connection.prepareStatement("DELETE FROM " + TABLE + " WHERE recipient_id = ?")) {
        ps.setString(1, recipient.value());
        return ps.executeUpdate();
      } catch (SQLException e) {
        throw failure("delete the reminders of " + recipient, e);
      }
    }
  }
}
