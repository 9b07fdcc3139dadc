package org.safeguarding.incident.export;

import java.time.Instant;

import org.safeguarding.kernel.audit.SignedExports;
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
@PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
class InspectionReportController {

    private static final String PATH = "/api/reports/inspection";

    private final InspectionReports reports;

    private final SignedExports exports;

    InspectionReportController(InspectionReports reports, SignedExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@RequestParam Instant from, @RequestParam Instant to) {
        return exports.json(reports.of(CurrentActor.require(), from, to));
    }

    @GetMapping(value = PATH, produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam Instant from, @RequestParam Instant to) {
        InspectionReport report = reports.of(CurrentActor.require(), from, to);
        return exports.csv("inspection.csv", InspectionReportDocument.csv(report));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam Instant from, @RequestParam Instant to) {
        InspectionReport report = reports.of(CurrentActor.require(), from, to);
        return exports.pdf("inspection.pdf", checkpoint -> InspectionReportDocument.pdf(report, checkpoint));
    }

}
