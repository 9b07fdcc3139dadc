package org.safeguarding.incident.incident;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seals the access log every few minutes ({@code safeguarding.access-log.seal-every}) as
 * a db-scheduler recurring task: one instance at a time runs it.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogSchedule {

    static final String TASK_NAME = "access-log-seal";

    @Bean
    RecurringTask<Void> accessLogSealTask(AccessLog accessLog,
            @Value("${safeguarding.access-log.seal-every:PT5M}") Duration every) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(every)).execute((instance, context) -> accessLog.seal());
    }

}
