package dev.mentoring.testkit.contract;

import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.spi.EnrollmentRepository;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.PairRepository;
import dev.mentoring.core.spi.ProgramRepository;
import dev.mentoring.core.spi.ReminderLog;
import dev.mentoring.core.spi.StoreFeature;
import dev.mentoring.core.spi.StoreTransaction;
import dev.mentoring.core.spi.StoreWork;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Deliberately broken stores, built on the in-memory store, that the store kit must reject. */
final class StoreWrappers {
  private StoreWrappers() {}

  /**
   * A store whose updates skip the compare-and-set: each update is written over whatever version is
   * stored, as a store that forgot {@code WHERE version = ?} would.
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
    public void afterCommit(Runnable action) {
      tx.afterCommit(action);
    }
  }
}
