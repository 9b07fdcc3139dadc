package org.safeguarding.incident.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
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

    TimelineController(Timeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/incidents/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return timeline.read(CurrentActor.require(), id);
    }

}
