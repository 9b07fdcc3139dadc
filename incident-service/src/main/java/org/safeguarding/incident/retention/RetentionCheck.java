package org.safeguarding.incident.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.safeguarding.incident.incident.AccessLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Once a day (a db-scheduler recurring task, so one instance at a time): lists what has
 * fallen due for the DSL to propose, and deletes the access log's entries older than its
 * period.
 */
@Configuration(proxyBeanMethods = false)
class RetentionCheck {

    static final String TASK_NAME = "retention-check";

    private static final Logger log = LoggerFactory.getLogger(RetentionCheck.class);

    /** What one pass found and did. */
    record Pass(Map<String, Long> dueByRule, int accessLogPurged) {
    }

    @Bean
    RecurringTask<Void> retentionCheckTask(DueRecords records, AccessLog accessLog, RetentionProperties periods,
            Clock clock) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(periods.checkEvery()))
            .execute((instance, context) -> run(records, accessLog, periods, clock));
    }

    static Pass run(DueRecords records, AccessLog accessLog, RetentionProperties periods, Clock clock) {
        List<Retention> due = records.due();
        Map<String, Long> byRule = due.stream()
            .collect(Collectors.groupingBy(each -> each.rule().name(), TreeMap::new, Collectors.counting()));
        if (!due.isEmpty()) {
            log.info("{} records have fallen due for disposal, by rule {}: the DSL proposes their disposal", due.size(),
                    byRule);
        }
        Instant before = clock.instant().atZone(RetentionRules.SCHOOL_ZONE).minus(periods.accessLog()).toInstant();
        int purged = accessLog.purgeBefore(before);
        if (purged > 0) {
            log.info("Purged {} access-log entries made before {}", purged, before);
        }
        return new Pass(byRule, purged);
    }

}
