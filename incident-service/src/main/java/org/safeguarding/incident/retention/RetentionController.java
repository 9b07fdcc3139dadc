package org.safeguarding.incident.retention;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/retention}: each incident's retain-until date and the rule that set it;
 * {@code GET /api/retention/due}: those fallen due for disposal, never one held or open.
 * Neither names a person; each listing is logged as a read of the records it lists.
 */
@RestController
@Tag(name = "retention")
@PreAuthorize(Permissions.RETENTION_READERS)
@RequestMapping("/api/retention")
class RetentionController {

    private final DueRecords records;

    private final AccessLog accessLog;

    RetentionController(DueRecords records, AccessLog accessLog) {
        this.records = records;
        this.accessLog = accessLog;
    }

    @GetMapping
    List<Retention> all() {
        return logged(records.all());
    }

    @GetMapping("/due")
    List<Retention> due() {
        return logged(records.due());
    }

    private List<Retention> logged(List<Retention> listed) {
        accessLog.record(CurrentActor.require(), AccessLog.Action.RETENTION,
                listed.stream().map(Retention::incidentId).toList());
        return listed;
    }

}
