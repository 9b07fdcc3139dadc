package org.safeguarding.incident.timeline;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The timeline as other features read it: every step of one incident. For exports of a case file, whose reader's
 * need to know has been checked (and the reading logged) before they ask.
 */
@Component
public class Timelines {

    private final TimelineProjection projection;

    Timelines(TimelineProjection projection) {
        this.projection = projection;
    }

    public List<TimelineEntry> of(String incidentId) {
        return projection.find(incidentId);
    }
}
