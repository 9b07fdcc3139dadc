package org.safeguarding.post.retention;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Once a day (a db-scheduler recurring task, one instance at a time): logs how many posts
 * and comments have fallen due, for the school to act on.
 */
@Configuration(proxyBeanMethods = false)
class ContentRetentionSchedule {

    static final String TASK_NAME = "content-retention-check";

    private static final Logger log = LoggerFactory.getLogger(ContentRetentionSchedule.class);

    @Bean
    RecurringTask<Void> contentRetentionCheckTask(ContentDue content, ContentRetentionProperties periods) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(periods.checkEvery())).execute((instance, context) -> {
            List<ContentDue.Due> due = content.due();
            if (!due.isEmpty()) {
                log.info("{} posts and comments are kept past the school's period: GET /api/retention/due", due.size());
            }
        });
    }

}
