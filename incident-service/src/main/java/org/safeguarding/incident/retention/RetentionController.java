package org.safeguarding.incident.retention;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
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

    RetentionController(DueRecords records) {
        this.records = records;
    }

    @GetMapping
    List<Retention> all() {
        return records.readBy(CurrentActor.require(), false);
    }

    @GetMapping("/due")
    List<Retention> due() {
        return records.readBy(CurrentActor.require(), true);
    }

}
