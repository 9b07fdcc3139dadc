package org.safeguarding.incident.export;

import java.util.List;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * Builds an incident's chronology for a reader who may see its case file; the export is
 * logged.
 */
@Component
class Chronologies {

    private final Timeline timeline;

    private final IncidentAccess access;

    Chronologies(Timeline timeline, IncidentAccess access) {
        this.timeline = timeline;
        this.access = access;
    }

    Chronology of(Actor reader, String incidentId) {
        IncidentView incident = access.readCaseFile(reader, incidentId, AccessLog.Action.CHRONOLOGY_EXPORT);
        List<Chronology.ChronologyStep> steps = timeline.find(incidentId).stream().map(Chronologies::step).toList();
        return new Chronology(incidentId, incident.summary(), "Europe/London", steps);
    }

    private static Chronology.ChronologyStep step(TimelineEntry entry) {
        return new Chronology.ChronologyStep(entry.seq() + 1, SchoolTime.date(entry.at()), SchoolTime.time(entry.at()),
                entry.actor().username(), entry.actor().role(), entry.type(), entry.summary(), entry.reason(),
                entry.actor().via());
    }

}
