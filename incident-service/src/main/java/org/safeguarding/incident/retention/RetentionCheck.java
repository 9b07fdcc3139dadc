package org.safeguarding.incident.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.subjectaccess.SubjectAccessFileRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily pass: lists what has fallen due for the DSL to propose, and deletes the
 * access log's entries and the subject access files older than their periods. Run by
 * {@link RetentionSchedule}.
 */
@Component
public class RetentionCheck {

    private static final Logger log = LoggerFactory.getLogger(RetentionCheck.class);

    /**
     * What one pass found and did: how many records are due under each rule, how many
     * entries and files went.
     */
    public record Pass(Map<String, Long> dueByRule, int accessLogPurged, int subjectAccessFilesDeleted) {
    }

    private final DueRecords records;

    private final AccessLog accessLog;

    private final SubjectAccessFileRetention subjectAccessFiles;

    private final RetentionProperties periods;

    private final Clock clock;

    RetentionCheck(DueRecords records, AccessLog accessLog, SubjectAccessFileRetention subjectAccessFiles,
            RetentionProperties periods, Clock clock) {
        this.records = records;
        this.accessLog = accessLog;
        this.subjectAccessFiles = subjectAccessFiles;
        this.periods = periods;
        this.clock = clock;
    }

    public Pass run() {
        List<Retention> due = records.due();
        Map<String, Long> byRule = due.stream()
            .collect(Collectors.groupingBy(each -> each.rule().name(), TreeMap::new, Collectors.counting()));
        if (!due.isEmpty()) {
            log.info("{} records have fallen due for disposal, by rule {}: the DSL proposes their disposal", due.size(),
                    byRule);
        }
        Instant before = ago(periods.accessLog());
        int purged = accessLog.purgeBefore(before);
        if (purged > 0) {
            log.info("Purged {} access-log entries made before {}", purged, before);
        }
        Instant requestedBefore = ago(periods.subjectAccess());
        int deleted = subjectAccessFiles.deleteKeptBefore(requestedBefore);
        if (deleted > 0) {
            log.info("Deleted {} subject access files kept since before {}", deleted, requestedBefore);
        }
        return new Pass(byRule, purged, deleted);
    }

    private Instant ago(Period period) {
        return clock.instant().atZone(RetentionRules.SCHOOL_ZONE).minus(period).toInstant();
    }

}
