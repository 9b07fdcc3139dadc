package org.safeguarding.incident.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.Sight;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/timeline}, for those with a need to know; a reporter
 * gets the reporter's part.
 */
@RestController
@Tag(name = "timeline", description = "An incident's steps with who, when and why, as far as the reader may see them")
class TimelineController {

    private final Timeline timeline;

    private final IncidentAccess access;

    TimelineController(Timeline timeline, IncidentAccess access) {
        this.timeline = timeline;
        this.access = access;
    }

    @GetMapping("/api/incidents/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        Actor reader = CurrentActor.require();
        Sight sight = access.read(reader, id, AccessLog.Action.TIMELINE).sight();
        List<TimelineEntry> entries = timeline.find(id);
        return sight == Sight.CASE_FILE ? entries : ReportersTimeline.of(entries, reader.username());
    }

}
