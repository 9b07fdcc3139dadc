package org.safeguarding.incident.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention check as a db-scheduler recurring task: one instance at a time runs it,
 * and a pass missed while the service was down runs at the next start.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    static final String TASK_NAME = "retention-check";

    @Bean
    RecurringTask<Void> retentionCheckTask(RetentionCheck check, RetentionProperties periods) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(periods.checkEvery()))
            .execute((instance, context) -> check.run());
    }

}
