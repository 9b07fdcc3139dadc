package org.safeguarding.kernel.deadline;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Each instance brings the next reconciling pass forward to its own start-up, and every
 * interval puts the recurring task's row back should it have been deleted with the
 * deadlines' rows.
 */
class ReconcilerSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconcilerSchedule.class);

    private final Scheduler scheduler;

    private final TaskInstance<Void> pass;

    private final long intervalMillis;

    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "deadline-reconciler-watch");
        thread.setDaemon(true);
        return thread;
    });

    ReconcilerSchedule(Scheduler scheduler, RecurringTask<Void> deadlineReconcilerTask,
            ReconcilerProperties properties) {
        this.scheduler = scheduler;
        this.pass = deadlineReconcilerTask.instance(RecurringTask.INSTANCE);
        this.intervalMillis = properties.interval().toMillis();
    }

    @EventListener(ApplicationReadyEvent.class)
    void runAtStartUp() {
        try {
            if (!scheduler.scheduleIfNotExists(pass, Instant.now())) {
                scheduler.reschedule(pass, Instant.now());
            }
        }
        catch (TaskInstanceException running) {
            log.debug("Start-up pass not brought forward: {}", running.getMessage());
        }
        watch.scheduleWithFixedDelay(this::keepScheduled, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        watch.shutdownNow();
    }

    private void keepScheduled() {
        try {
            if (scheduler.scheduleIfNotExists(pass, Instant.now())) {
                log.warn("The deadline reconciler's row was missing from scheduled_tasks; put back");
            }
        }
        catch (RuntimeException unavailable) {
            log.warn("Cannot check the deadline reconciler's row: {}", unavailable.toString());
        }
    }

}
