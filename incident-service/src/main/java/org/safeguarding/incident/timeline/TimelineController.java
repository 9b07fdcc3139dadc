package org.safeguarding.incident.timeline;

import java.util.List;

import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/incidents/{id}/timeline}, for those with a need to know. */
@RestController
class TimelineController {

    private final TimelineProjection timeline;
    private final IncidentAccess access;

    TimelineController(TimelineProjection timeline, IncidentAccess access) {
        this.timeline = timeline;
        this.access = access;
    }

    @GetMapping("/api/incidents/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        access.requireVisible(CurrentActor.require(), id);
        return timeline.find(id);
    }
}
