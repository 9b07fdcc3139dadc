package org.safeguarding.kernel.deadline;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The reconciler runs as a db-scheduler recurring task: its one row in
 * {@code scheduled_tasks} is picked by one instance at a time, so instances sharing a
 * database never run two passes at once.
 */
@AutoConfiguration
@EnableConfigurationProperties(ReconcilerProperties.class)
@Import({ DeadlineReconciler.class, SagaProgress.class, ReconcilerSchedule.class })
public class ReconcilerConfiguration {

    public static final String TASK_NAME = "deadline-reconciler";

    /**
     * The reconciler is looked up when the task runs: it needs the scheduler, which is
     * built from this task.
     */
    @Bean
    RecurringTask<Void> deadlineReconcilerTask(ReconcilerProperties properties,
            ObjectProvider<DeadlineReconciler> reconciler) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(properties.interval()))
            .execute((instance, context) -> reconciler.getObject().reconcile());
    }

}
