package org.safeguarding.kernel.axon;

import java.util.Set;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's db-scheduler deadline manager, except that cancelling a deadline whose row is
 * already gone (deleted by SQL, say) is done rather than an error: db-scheduler throws,
 * and a saga's cancellation failing at commit would stop its processor on that event for
 * good, so that no incident's or comment's clock would move again. A deadline is stored
 * in db-scheduler's table, outside the encrypted events, so it keeps none of the reason
 * copied from the message that set it: a reason may name a child, and a deadline's
 * handler gives its own.
 */
class TolerantDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(TolerantDeadlineManager.class);

    private final Scheduler scheduler;

    TolerantDeadlineManager(Builder builder, Scheduler scheduler) {
        super(builder);
        this.scheduler = scheduler;
        registerDispatchInterceptor(deadlines -> (index, deadline) -> deadline
            .withMetaData(deadline.getMetaData().withoutKeys(Set.of(AuditMetaData.REASON))));
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        runOnPrepareCommitOrNow(() -> {
            try {
                scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
            }
            catch (TaskInstanceNotFoundException alreadyGone) {
                log.info("Deadline {} {} was already gone from the scheduler when cancelled", deadlineName, scheduleId);
            }
        });
    }

}
