package org.safeguarding.kernel.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency records are kept for a day, long enough for any client's retries, then
 * deleted: by a db-scheduler recurring task, so that one instance at a time does it. A
 * request still marked in progress after a day was cut off by a crash; deleting it frees
 * its key.
 */
public class IdempotencyPurge {

    public static final String TASK_NAME = "idempotency-purge";

    public static final Duration KEPT_FOR = Duration.ofHours(24);

    private static final Duration EVERY = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final JdbcTemplate jdbc;

    private final Clock clock;

    public IdempotencyPurge(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Deletes every record older than {@link #KEPT_FOR}; answers how many. */
    public int purge() {
        int purged = jdbc.update("delete from idempotency_record where created_at < ?",
                Timestamp.from(clock.instant().minus(KEPT_FOR)));
        if (purged > 0) {
            log.info("Purged {} idempotency records older than {}", purged, KEPT_FOR);
        }
        return purged;
    }

    RecurringTask<Void> task() {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(EVERY)).execute((instance, context) -> purge());
    }

}
