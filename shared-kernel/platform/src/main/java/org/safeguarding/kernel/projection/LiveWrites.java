package org.safeguarding.kernel.projection;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.safeguarding.kernel.InfrastructureFailure;
import org.safeguarding.kernel.axon.DatabaseKind;
import org.safeguarding.kernel.problem.CommonProblem;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One projection's live writes, kept out of its rebuild's way. Live writes run in the
 * transaction that stores the events; a rebuild runs in one transaction of its own and
 * holds what it has written until it commits. Were both to write, a live write would wait
 * for the rebuild's rows (refused after H2's lock timeout, held for the whole rebuild on
 * PostgreSQL), or the rebuild would overwrite it with the older state it replayed. So
 * each unit of work that writes the projection holds a read lock until it ends, and a
 * rebuild holds the write lock from before it reads the head of the event store until it
 * has committed: live writes under way end first, and those that come meanwhile wait for
 * it, then write on the rebuilt state. One waits at most {@link #LONGEST_WAIT}, then its
 * command is refused (503) and changes nothing. On PostgreSQL, where other instances may
 * write too, each side also takes a transaction-scoped advisory lock of the projection:
 * shared for live writes, exclusive for the rebuild.
 */
final class LiveWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    /** The first key of the advisory locks of projections: "PRJ". */
    private static final int ADVISORY_LOCKS = 0x50524A;

    private static final long POLL_MILLIS = 25;

    private final String projection;

    private final JdbcTemplate jdbc;

    /**
     * Whether other instances may write the projection: on PostgreSQL; looked up once.
     */
    private volatile Boolean acrossInstances;

    /** The unit of work's resource that says it holds the read lock. */
    private final String held;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    LiveWrites(String projection, JdbcTemplate jdbc) {
        this.projection = projection;
        this.jdbc = jdbc;
        this.held = LiveWrites.class.getName() + "." + projection;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (!root.resources().containsKey(held)) {
            long until = System.nanoTime() + LONGEST_WAIT.toNanos();
            if (!lock.readLock().tryLock(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw rebuilding();
            }
            root.resources().put(held, Boolean.TRUE);
            root.onCleanup(ended -> lock.readLock().unlock());
            if (acrossInstances() && !sharedAdvisoryLock(until)) {
                throw rebuilding();
            }
        }
        return interceptorChain.proceed();
    }

    /**
     * Waits for the live writes under way to end, then holds new ones back until
     * {@link #resume()}; on PostgreSQL, those of every instance until the caller's
     * transaction ends.
     */
    void holdBack() {
        lock.writeLock().lock();
        if (acrossInstances()) {
            jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", ADVISORY_LOCKS, projection.hashCode());
        }
    }

    /** Lets live writes go on, if this thread held them back. */
    void resume() {
        if (lock.isWriteLockedByCurrentThread()) {
            lock.writeLock().unlock();
        }
    }

    private boolean sharedAdvisoryLock(long until) throws InterruptedException {
        while (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock_shared(?, ?)", Boolean.class,
                ADVISORY_LOCKS, projection.hashCode()))) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    private boolean acrossInstances() {
        if (acrossInstances == null) {
            acrossInstances = DatabaseKind.isPostgres(jdbc);
        }
        return acrossInstances;
    }

    private InfrastructureFailure rebuilding() {
        return new InfrastructureFailure(CommonProblem.PROJECTION_REBUILDING,
                "The " + projection + " projection is being rebuilt; nothing was changed. Try again in a minute.",
                null);
    }

}
