package org.safeguarding.incident.export;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/inspection}: the list an inspector asks for. For a date range,
 * every referral to the DSL (and above) with whether it went to the local authority, and
 * its brief outcome; and the LADO referrals. Only the case files the reader has a need to
 * know are listed, each logged as read.
 */
@RestController
@Tag(name = "exports")
@PreAuthorize(Permissions.EXPORTERS)
class InspectionReportController {

    private static final String PATH = "/api/reports/inspection";

    private static final String FROM = "The first incidents reported: a date (2025-09-01, from the start of that day "
            + "in Europe/London) or an ISO-8601 instant (2025-09-01T07:00:00Z)";

    private static final String TO = "Up to: a date (2025-12-19, to the end of that day in Europe/London, included) "
            + "or an ISO-8601 instant (2025-12-19T18:00:00Z, excluded)";

    private final InspectionReports reports;

    InspectionReportController(InspectionReports reports) {
        this.reports = reports;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@Parameter(description = FROM) @RequestParam String from,
            @Parameter(description = TO) @RequestParam String to) {
        return reports.signed(CurrentActor.require(), ReportPeriod.of(from, to), ExportFormat.JSON);
    }

    @GetMapping(value = PATH, produces = "text/csv")
    ResponseEntity<byte[]> csv(@Parameter(description = FROM) @RequestParam String from,
            @Parameter(description = TO) @RequestParam String to) {
        return reports.signed(CurrentActor.require(), ReportPeriod.of(from, to), ExportFormat.CSV);
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@Parameter(description = FROM) @RequestParam String from,
            @Parameter(description = TO) @RequestParam String to) {
        return reports.signed(CurrentActor.require(), ReportPeriod.of(from, to), ExportFormat.PDF);
    }

}
