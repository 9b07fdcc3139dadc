package org.safeguarding.incident.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/access-log}: who read this incident. Reading it is
 * recorded too.
 */
@RestController
@Tag(name = "audit")
class AccessLogController {

    private final AccessLog accessLog;

    private final IncidentAccess access;

    AccessLogController(AccessLog accessLog, IncidentAccess access) {
        this.accessLog = accessLog;
        this.access = access;
    }

    @GetMapping("/api/incidents/{id}/access-log")
    @PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
    List<AccessLog.Entry> accessLog(@PathVariable String id) {
        access.readCaseFile(CurrentActor.require(), id, AccessLog.Action.ACCESS_LOG);
        return accessLog.find(id);
    }

}
