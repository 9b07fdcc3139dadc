package org.safeguarding.incident.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.Level;

/**
 * What the DSL and senior leaders follow: open incidents by level, what is overdue and
 * what is due next, and every open incident, oldest first.
 */
record Dashboard(Instant at, Map<Level, Long> openByLevel, long unacknowledged, List<Overdue> overdue,
        List<Upcoming> dueNext, List<Open> open) {

    record Open(String incidentId, String summary, Level level, boolean acknowledged, Instant reportedAt) {
    }

    record Overdue(String incidentId, String summary, Level level, DeadlineKind kind, Instant due) {
    }

    record Upcoming(String incidentId, String summary, Level level, DeadlineKind kind, Instant due) {
    }
}
