package org.safeguarding.incident.export;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/chronology}: every step with date, time, actor, role,
 * what and why, and the service the actor acted through where there was one.
 */
@RestController
@Tag(name = "exports", description = "Signed documents (JSON, CSV, PDF) for the LADO, inspectors and case reviews")
@PreAuthorize(Permissions.EXPORTERS)
class ChronologyController {

    private static final String PATH = "/api/incidents/{id}/chronology";

    private final Chronologies chronologies;

    ChronologyController(Chronologies chronologies) {
        this.chronologies = chronologies;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return chronologies.signed(CurrentActor.require(), id, ExportFormat.JSON);
    }

    @GetMapping(value = PATH, produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        return chronologies.signed(CurrentActor.require(), id, ExportFormat.CSV);
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return chronologies.signed(CurrentActor.require(), id, ExportFormat.PDF);
    }

}
