package dev.mentoring.testkit.contract;

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
import dev.mentoring.core.memory.InMemoryMentoringStore;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Deliberately broken stores, built on the in-memory store, that the store kit must reject. */
final class StoreWrappers {
  private StoreWrappers() {}

  /**
   * A store whose updates (and resource deletes) skip the compare-and-set in every repository: each
   * is written over whatever version is stored, as a store that forgot {@code WHERE version = ?}
   * would.
   */
  static MentoringStore versionBlind() {
    InMemoryMentoringStore delegate = new InMemoryMentoringStore();
    return new MentoringStore() {
      @Override
      public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
        return delegate.inTransaction(tx -> work.run(new VersionBlindTransaction(tx)));
      }

      @Override
      public Set<StoreFeature> features() {
        return delegate.features();
      }
    };
  }

  /**
   * A store that commits whatever a failing transaction wrote before it failed (and then rethrows
   * and drops the after-commit actions, as the SPI requires of every store).
   *
   * @param claimsAtomic whether it claims {@link StoreFeature#ATOMIC_TRANSACTIONS}, dishonestly
   */
  static MentoringStore withoutRollback(boolean claimsAtomic) {
    InMemoryMentoringStore delegate = new InMemoryMentoringStore();
    return new MentoringStore() {
      @Override
      public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
        List<Runnable> actions = new ArrayList<>();
        Exception[] failure = new Exception[1];
        R result =
            delegate.inTransaction(
                tx -> {
                  try {
                    return work.run(new ActionCollectingTransaction(tx, actions));
                  } catch (Exception e) {
                    failure[0] = e;
                    return null;
                  }
                });
        if (failure[0] != null) {
          throw StoreWrappers.<X>sneaky(failure[0]);
        }
        RuntimeException first = null;
        for (Runnable action : actions) {
          try {
            action.run();
          } catch (RuntimeException e) {
            if (first == null) {
              first = e;
            } else {
              first.addSuppressed(e);
            }
          }
        }
        if (first != null) {
          throw first;
        }
        return result;
      }

      @Override
      public Set<StoreFeature> features() {
        return claimsAtomic
            ? Set.copyOf(
                EnumSet.of(StoreFeature.ATOMIC_TRANSACTIONS, StoreFeature.CONCURRENT_WRITERS))
            : Set.of(StoreFeature.CONCURRENT_WRITERS);
      }
    };
  }

  /**
   * A store whose {@code findByParticipant} for enrollments finds nothing, as a store with a
   * missing secondary index would.
   */
  static MentoringStore forgetsEnrollmentsByParticipant() {
    InMemoryMentoringStore delegate = new InMemoryMentoringStore();
    return new MentoringStore() {
      @Override
      public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
        return delegate.inTransaction(tx -> work.run(new ForgetfulTransaction(tx)));
      }

      @Override
      public Set<StoreFeature> features() {
        return delegate.features();
      }
    };
  }

  /**
   * A store whose {@code findByKeys} lists the reminders found by time, then key, instead of in the
   * order of the keys asked for, as {@code SELECT ... WHERE key IN (...) ORDER BY sent_at, key}
   * would.
   */
  static MentoringStore sortsRemindersFoundByKey() {
    InMemoryMentoringStore delegate = new InMemoryMentoringStore();
    return new MentoringStore() {
      @Override
      public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
        return delegate.inTransaction(tx -> work.run(new KeySortingTransaction(tx)));
      }

      @Override
      public Set<StoreFeature> features() {
        return delegate.features();
      }
    };
  }

  /** Rethrows the work's exception as the work's exception type; it is one by construction. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <X extends Exception> X sneaky(Exception e) throws X {
    throw (X) e;
  }

  /** A transaction that keeps its after-commit actions for the wrapper to run. */
  private record ActionCollectingTransaction(StoreTransaction tx, List<Runnable> actions)
      implements StoreTransaction {
    @Override
    public ProgramRepository programs() {
      return tx.programs();
    }

    @Override
    public EnrollmentRepository enrollments() {
      return tx.enrollments();
    }

    @Override
    public PairRepository pairs() {
      return tx.pairs();
    }

    @Override
    public ReminderLog reminders() {
      return tx.reminders();
    }

    @Override
    public GoalRepository goals() {
      return tx.goals();
    }

    @Override
    public MeetingRepository meetings() {
      return tx.meetings();
    }

    @Override
    public SurveyRepository surveys() {
      return tx.surveys();
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
      return tx.surveyResponses();
    }

    @Override
    public ResourceRepository resources() {
      return tx.resources();
    }

    @Override
    public void afterCommit(Runnable action) {
      actions.add(action);
    }
  }

  /** A transaction whose enrollments cannot be found by participant. */
  private record ForgetfulTransaction(StoreTransaction tx) implements StoreTransaction {
    @Override
    public ProgramRepository programs() {
      return tx.programs();
    }

    @Override
    public EnrollmentRepository enrollments() {
      EnrollmentRepository enrollments = tx.enrollments();
      return new EnrollmentRepository() {
        @Override
        public Optional<Enrollment> find(EnrollmentId id) {
          return enrollments.find(id);
        }

        @Override
        public Optional<Enrollment> find(ProgramId programId, ParticipantId participantId) {
          return enrollments.find(programId, participantId);
        }

        @Override
        public List<Enrollment> findByProgram(ProgramId programId) {
          return enrollments.findByProgram(programId);
        }

        @Override
        public List<Enrollment> findByParticipant(ParticipantId participantId) {
          return List.of();
        }

        @Override
        public Enrollment insert(Enrollment enrollment) {
          return enrollments.insert(enrollment);
        }

        @Override
        public Enrollment update(Enrollment enrollment) {
          return enrollments.update(enrollment);
        }
      };
    }

    @Override
    public PairRepository pairs() {
      return tx.pairs();
    }

    @Override
    public ReminderLog reminders() {
      return tx.reminders();
    }

    @Override
    public GoalRepository goals() {
      return tx.goals();
    }

    @Override
    public MeetingRepository meetings() {
      return tx.meetings();
    }

    @Override
    public SurveyRepository surveys() {
      return tx.surveys();
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
      return tx.surveyResponses();
    }

    @Override
    public ResourceRepository resources() {
      return tx.resources();
    }

    @Override
    public void afterCommit(Runnable action) {
      tx.afterCommit(action);
    }
  }

  /** A transaction whose reminder log sorts what {@code findByKeys} finds. */
  private record KeySortingTransaction(StoreTransaction tx) implements StoreTransaction {
    @Override
    public ProgramRepository programs() {
      return tx.programs();
    }

    @Override
    public EnrollmentRepository enrollments() {
      return tx.enrollments();
    }

    @Override
    public PairRepository pairs() {
      return tx.pairs();
    }

    @Override
    public ReminderLog reminders() {
      ReminderLog reminders = tx.reminders();
      return new ReminderLog() {
        @Override
        public boolean contains(String key) {
          return reminders.contains(key);
        }

        @Override
        public List<SentReminder> findByKeys(Collection<String> keys) {
          List<SentReminder> found = new ArrayList<>(reminders.findByKeys(keys));
          found.sort(Comparator.comparing(SentReminder::sentAt).thenComparing(SentReminder::key));
          return found;
        }

        @Override
        public void record(SentReminder reminder) {
          reminders.record(reminder);
        }

        @Override
        public List<SentReminder> findByRecipient(ParticipantId recipient) {
          return reminders.findByRecipient(recipient);
        }

        @Override
        public int deleteByRecipient(ParticipantId recipient) {
          return reminders.deleteByRecipient(recipient);
        }
      };
    }

    @Override
    public GoalRepository goals() {
      return tx.goals();
    }

    @Override
    public MeetingRepository meetings() {
      return tx.meetings();
    }

    @Override
    public SurveyRepository surveys() {
      return tx.surveys();
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
      return tx.surveyResponses();
    }

    @Override
    public ResourceRepository resources() {
      return tx.resources();
    }

    @Override
    public void afterCommit(Runnable action) {
      tx.afterCommit(action);
    }
  }

  /** A transaction whose repositories update without comparing versions. */
  private record VersionBlindTransaction(StoreTransaction tx) implements StoreTransaction {
    @Override
    public ProgramRepository programs() {
      ProgramRepository programs = tx.programs();
      return new ProgramRepository() {
        @Override
        public Optional<Program> find(ProgramId id) {
          return programs.find(id);
        }

        @Override
        public List<Program> findAll() {
          return programs.findAll();
        }

        @Override
        public Program insert(Program program) {
          return programs.insert(program);
        }

        @Override
        public Program update(Program program) {
          Program stored =
              programs
                  .find(program.id())
                  .orElseThrow(() -> new NotFoundException("program", program.id()));
          return programs.update(program.withVersion(stored.version()));
        }
      };
    }

    @Override
    public EnrollmentRepository enrollments() {
      EnrollmentRepository enrollments = tx.enrollments();
      return new EnrollmentRepository() {
        @Override
        public Optional<Enrollment> find(EnrollmentId id) {
          return enrollments.find(id);
        }

        @Override
        public Optional<Enrollment> find(ProgramId programId, ParticipantId participantId) {
          return enrollments.find(programId, participantId);
        }

        @Override
        public List<Enrollment> findByProgram(ProgramId programId) {
          return enrollments.findByProgram(programId);
        }

        @Override
        public List<Enrollment> findByParticipant(ParticipantId participantId) {
          return enrollments.findByParticipant(participantId);
        }

        @Override
        public Enrollment insert(Enrollment enrollment) {
          return enrollments.insert(enrollment);
        }

        @Override
        public Enrollment update(Enrollment enrollment) {
          Enrollment stored =
              enrollments
                  .find(enrollment.id())
                  .orElseThrow(() -> new NotFoundException("enrollment", enrollment.id()));
          return enrollments.update(enrollment.withVersion(stored.version()));
        }
      };
    }

    @Override
    public PairRepository pairs() {
      PairRepository pairs = tx.pairs();
      return new PairRepository() {
        @Override
        public Optional<Pair> find(PairId id) {
          return pairs.find(id);
        }

        @Override
        public List<Pair> findByProgram(ProgramId programId) {
          return pairs.findByProgram(programId);
        }

        @Override
        public List<Pair> findByParticipant(ParticipantId participantId) {
          return pairs.findByParticipant(participantId);
        }

        @Override
        public Pair insert(Pair pair) {
          return pairs.insert(pair);
        }

        @Override
        public Pair update(Pair pair) {
          Pair stored =
              pairs.find(pair.id()).orElseThrow(() -> new NotFoundException("pair", pair.id()));
          return pairs.update(pair.withVersion(stored.version()));
        }
      };
    }

    @Override
    public ReminderLog reminders() {
      return tx.reminders();
    }

    @Override
    public GoalRepository goals() {
      GoalRepository goals = tx.goals();
      return new GoalRepository() {
        @Override
        public Optional<Goal> find(GoalId id) {
          return goals.find(id);
        }

        @Override
        public List<Goal> findByPair(PairId pairId) {
          return goals.findByPair(pairId);
        }

        @Override
        public List<Goal> findByProgram(ProgramId programId) {
          return goals.findByProgram(programId);
        }

        @Override
        public List<Goal> findByOwner(ParticipantId ownerId) {
          return goals.findByOwner(ownerId);
        }

        @Override
        public Goal insert(Goal goal) {
          return goals.insert(goal);
        }

        @Override
        public Goal update(Goal goal) {
          Goal stored =
              goals.find(goal.id()).orElseThrow(() -> new NotFoundException("goal", goal.id()));
          return goals.update(goal.withVersion(stored.version()));
        }
      };
    }

    @Override
    public MeetingRepository meetings() {
      MeetingRepository meetings = tx.meetings();
      return new MeetingRepository() {
        @Override
        public Optional<Meeting> find(MeetingId id) {
          return meetings.find(id);
        }

        @Override
        public List<Meeting> findByPair(PairId pairId) {
          return meetings.findByPair(pairId);
        }

        @Override
        public List<Meeting> findByProgram(ProgramId programId) {
          return meetings.findByProgram(programId);
        }

        @Override
        public List<Meeting> findBySeries(MeetingSeriesId seriesId) {
          return meetings.findBySeries(seriesId);
        }

        @Override
        public Meeting insert(Meeting meeting) {
          return meetings.insert(meeting);
        }

        @Override
        public Meeting update(Meeting meeting) {
          Meeting stored =
              meetings
                  .find(meeting.id())
                  .orElseThrow(() -> new NotFoundException("meeting", meeting.id()));
          return meetings.update(meeting.withVersion(stored.version()));
        }
      };
    }

    @Override
    public SurveyRepository surveys() {
      SurveyRepository surveys = tx.surveys();
      return new SurveyRepository() {
        @Override
        public Optional<Survey> find(SurveyId id) {
          return surveys.find(id);
        }

        @Override
        public List<Survey> findByProgram(ProgramId programId) {
          return surveys.findByProgram(programId);
        }

        @Override
        public Survey insert(Survey survey) {
          return surveys.insert(survey);
        }

        @Override
        public Survey update(Survey survey) {
          Survey stored =
              surveys
                  .find(survey.id())
                  .orElseThrow(() -> new NotFoundException("survey", survey.id()));
          return surveys.update(survey.withVersion(stored.version()));
        }
      };
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
      SurveyResponseRepository responses = tx.surveyResponses();
      return new SurveyResponseRepository() {
        @Override
        public Optional<SurveyResponse> find(ResponseId id) {
          return responses.find(id);
        }

        @Override
        public Optional<SurveyResponse> find(
            SurveyId surveyId,
            ParticipantId respondentId,
            @Nullable PairId pairId,
            @Nullable String subjectKey) {
          return responses.find(surveyId, respondentId, pairId, subjectKey);
        }

        @Override
        public List<SurveyResponse> findBySurvey(SurveyId surveyId) {
          return responses.findBySurvey(surveyId);
        }

        @Override
        public List<SurveyResponse> findByProgram(ProgramId programId) {
          return responses.findByProgram(programId);
        }

        @Override
        public List<SurveyResponse> findByPair(PairId pairId) {
          return responses.findByPair(pairId);
        }

        @Override
        public List<SurveyResponse> findByRespondent(ParticipantId respondentId) {
          return responses.findByRespondent(respondentId);
        }

        @Override
        public SurveyResponse insert(SurveyResponse response) {
          return responses.insert(response);
        }

        @Override
        public SurveyResponse update(SurveyResponse response) {
          SurveyResponse stored =
              responses
                  .find(response.id())
                  .orElseThrow(() -> new NotFoundException("survey response", response.id()));
          return responses.update(response.withVersion(stored.version()));
        }
      };
    }

    @Override
    public ResourceRepository resources() {
      ResourceRepository resources = tx.resources();
      return new ResourceRepository() {
        @Override
        public Optional<Resource> find(ResourceId id) {
          return resources.find(id);
        }

        @Override
        public List<Resource> findByProgram(ProgramId programId) {
          return resources.findByProgram(programId);
        }

        @Override
        public Resource insert(Resource resource) {
          return resources.insert(resource);
        }

        @Override
        public Resource update(Resource resource) {
          return resources.update(resource.withVersion(stored(resource).version()));
        }

        @Override
        public void delete(Resource resource) {
          resources.delete(resource.withVersion(stored(resource).version()));
        }

        private Resource stored(Resource resource) {
          return resources
              .find(resource.id())
              .orElseThrow(() -> new NotFoundException("resource", resource.id()));
        }
      };
    }

    @Override
    public void afterCommit(Runnable action) {
      tx.afterCommit(action);
    }
  }
}
