package org.safeguarding.incident.export;

import java.util.List;

import org.safeguarding.incident.audit.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/chronology}: every step with date, time, actor, role, what and why, and the service
 * the actor acted through where there was one.
 */
@RestController
@PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
class ChronologyController {

    private static final String PATH = "/api/incidents/{id}/chronology";
    private static final List<String> HEADERS = List.of("step", "date", "time", "actor", "role", "event", "what happened", "why",
            "via");

    record ChronologyStep(long step, String date, String time, String actor, String role, String event,
                          String whatHappened, String why, String via) {
    }

    record Chronology(String incidentId, String summary, String timeZone, List<ChronologyStep> steps) {
    }

    private final Timeline timeline;
    private final IncidentAccess access;
    private final SignedExports exports;

    ChronologyController(Timeline timeline, IncidentAccess access, SignedExports exports) {
        this.timeline = timeline;
        this.access = access;
        this.exports = exports;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return exports.json(chronology(id));
    }

    @GetMapping(value = PATH, produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        Chronology chronology = chronology(id);
        return exports.csv("chronology-" + id + ".csv",
                Csv.write(HEADERS, chronology.steps().stream().map(ChronologyController::row).toList()));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        Chronology chronology = chronology(id);
        return exports.pdf("chronology-" + id + ".pdf", checkpoint -> new PdfReport("Chronology of incident " + id,
                chronology.summary() + ". Times are Europe/London.")
                .table(HEADERS, chronology.steps().stream().map(ChronologyController::row).toList(),
                        3, 7, 6, 8, 10, 12, 26, 22, 6)
                .finish(checkpoint));
    }

    private Chronology chronology(String id) {
        Actor reader = CurrentActor.require();
        IncidentView incident = access.readCaseFile(reader, id, AccessLog.Action.CHRONOLOGY_EXPORT);
        List<ChronologyStep> steps = timeline.find(id).stream().map(ChronologyController::step).toList();
        return new Chronology(id, incident.summary(), "Europe/London", steps);
    }

    private static ChronologyStep step(TimelineEntry entry) {
        return new ChronologyStep(entry.seq() + 1, SchoolTime.date(entry.at()), SchoolTime.time(entry.at()),
                entry.actor().username(), entry.actor().role(), entry.type(), entry.summary(), entry.reason(),
                entry.actor().via());
    }

    private static List<String> row(ChronologyStep step) {
        return List.of(String.valueOf(step.step()), step.date(), step.time(), step.actor(),
                step.role() == null ? "" : step.role(), step.event(), step.whatHappened(), step.why() == null ? "" : step.why(),
                step.via() == null ? "" : step.via());
    }
}
