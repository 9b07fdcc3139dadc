package org.safeguarding.incident.export;

import java.util.List;

/**
 * Every step of one incident with date, time, actor, role, what and why, and the service
 * acted through if any.
 */
record Chronology(String incidentId, String summary, String timeZone, List<ChronologyStep> steps) {

    record ChronologyStep(long step, String date, String time, String actor, String role, String event,
            String whatHappened, String why, String via) {
    }
}
