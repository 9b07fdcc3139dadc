package org.safeguarding.incident.timeline;

import java.util.List;

import org.safeguarding.incident.audit.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/incidents/{id}/timeline}, for those with a need to know. */
@RestController
class TimelineController {

    private final TimelineProjection timeline;
    private final IncidentAccess access;
    private final AccessLog accessLog;

    TimelineController(TimelineProjection timeline, IncidentAccess access, AccessLog accessLog) {
        this.timeline = timeline;
        this.access = access;
        this.accessLog = accessLog;
    }

    @GetMapping("/api/incidents/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        Actor reader = CurrentActor.require();
        access.requireVisible(reader, id);
        accessLog.record(reader, AccessLog.Action.TIMELINE, id);
        return timeline.find(id);
    }
}
