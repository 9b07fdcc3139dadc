package org.safeguarding.incident.export;

import java.util.List;

import org.safeguarding.kernel.audit.Checkpoints;
import org.safeguarding.kernel.export.PdfReport;

/** A chronology laid out as CSV and as PDF. */
final class ChronologyDocument {

    private static final List<String> HEADERS = List.of("step", "date", "time", "actor", "role", "event",
            "what happened", "why", "via");

    private ChronologyDocument() {
    }

    static String csv(Chronology chronology) {
        return Csv.write(HEADERS, rows(chronology));
    }

    static byte[] pdf(Chronology chronology, Checkpoints.Checkpoint checkpoint) {
        return new PdfReport("Chronology of incident " + chronology.incidentId(),
                chronology.summary() + ". Times are Europe/London.")
            .table(HEADERS, rows(chronology), 3, 7, 6, 8, 10, 12, 26, 22, 6)
            .finish(checkpoint);
    }

    private static List<List<String>> rows(Chronology chronology) {
        return chronology.steps().stream().map(ChronologyDocument::row).toList();
    }

    private static List<String> row(Chronology.ChronologyStep step) {
        return List.of(String.valueOf(step.step()), step.date(), step.time(), step.actor(),
                step.role() == null ? "" : step.role(), step.event(), step.whatHappened(),
                step.why() == null ? "" : step.why(), step.via() == null ? "" : step.via());
    }

}
