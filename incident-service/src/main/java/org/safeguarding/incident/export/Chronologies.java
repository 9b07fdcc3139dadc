package org.safeguarding.incident.export;

import java.util.List;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.audit.SignedExports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds an incident's chronology for a reader who may see its case file, and signs it in
 * the form asked for, for the API and the case page alike; the export is logged.
 */
@Component
class Chronologies {

    private final Timeline timeline;

    private final IncidentAccess access;

    private final SignedExports exports;

    Chronologies(Timeline timeline, IncidentAccess access, SignedExports exports) {
        this.timeline = timeline;
        this.access = access;
        this.exports = exports;
    }

    ResponseEntity<byte[]> signed(Actor reader, String incidentId, ExportFormat format) {
        Chronology chronology = of(reader, incidentId);
        String file = "chronology-" + incidentId + "." + format.extension();
        return switch (format) {
            case JSON -> exports.json(chronology);
            case CSV -> exports.csv(file, ChronologyDocument.csv(chronology));
            case PDF -> exports.pdf(file, checkpoint -> ChronologyDocument.pdf(chronology, checkpoint));
        };
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
