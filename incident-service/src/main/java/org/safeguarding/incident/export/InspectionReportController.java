package org.safeguarding.incident.export;

import java.time.Instant;
import java.util.List;

import org.safeguarding.incident.audit.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.incident.IncidentViewRepository;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Referral;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/inspection}: the list an inspector asks for. For a date range, every referral to the
 * DSL (and above) with whether it went to the local authority, and its brief outcome; and the LADO referrals. Only
 * the case files the reader has a need to know are listed, each logged as read.
 */
@RestController
@PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
class InspectionReportController {

    private static final String PATH = "/api/reports/inspection";
    private static final List<String> HEADERS = List.of("incident", "reported", "category", "form", "level",
            "referred to LADO", "LADO referral within one working day", "referred to police", "status", "outcome");

    record Row(String incidentId, Instant reportedAt, String category, String form, String level,
               boolean referredToLado, Boolean ladoReferralWithinOneWorkingDay, boolean referredToPolice,
               String status, String outcome) {
    }

    record InspectionReport(Instant from, Instant to, List<Row> referralsToTheDsl, List<Row> ladoReferrals) {
    }

    private final IncidentViewRepository views;
    private final IncidentAccess access;
    private final SignedExports exports;

    InspectionReportController(IncidentViewRepository views, IncidentAccess access, SignedExports exports) {
        this.views = views;
        this.access = access;
        this.exports = exports;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@RequestParam Instant from, @RequestParam Instant to) {
        return exports.json(report(from, to));
    }

    private InspectionReport report(Instant from, Instant to) {
        List<IncidentView> referredToTheDsl = views.findReportedBetween(from, to).stream()
                .filter(view -> view.level() != Level.COMPUTING_LEAD)
                .toList();
        List<Row> rows = access.caseFiles(CurrentActor.require(), referredToTheDsl, AccessLog.Action.INSPECTION_REPORT)
                .stream().map(InspectionReportController::row).toList();
        return new InspectionReport(from, to, rows, rows.stream().filter(Row::referredToLado).toList());
    }

    @GetMapping(value = PATH, produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam Instant from, @RequestParam Instant to) {
        return exports.csv("inspection.csv",
                Csv.write(HEADERS, report(from, to).referralsToTheDsl().stream().map(InspectionReportController::cells).toList()));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam Instant from, @RequestParam Instant to) {
        InspectionReport report = report(from, to);
        float[] widths = {22, 9, 12, 9, 7, 7, 9, 7, 7, 11};
        return exports.pdf("inspection.pdf", checkpoint -> new PdfReport("Safeguarding referrals for inspection",
                "Reported from " + SchoolTime.dateTime(from) + " to " + SchoolTime.dateTime(to) + ".")
                .heading("Referrals to the DSL (" + report.referralsToTheDsl().size() + ")")
                .table(HEADERS, report.referralsToTheDsl().stream().map(InspectionReportController::cells).toList(), widths)
                .heading("Referrals to the LADO (" + report.ladoReferrals().size() + ")")
                .table(HEADERS, report.ladoReferrals().stream().map(InspectionReportController::cells).toList(), widths)
                .finish(checkpoint));
    }

    private static Row row(IncidentView view) {
        return new Row(view.id(), view.reportedAt(), view.category().name(), view.form().name(), view.level().name(),
                view.referrals().contains(Referral.LADO),
                view.ladoDecision() == null || !view.ladoDecision().referred() ? null : view.ladoDecision().withinOneWorkingDay(),
                view.referrals().contains(Referral.POLICE), view.status().name(),
                view.outcome() == null ? null : view.outcome() + ": " + view.closureRationale());
    }

    private static List<String> cells(Row row) {
        return List.of(row.incidentId(), SchoolTime.date(row.reportedAt()), row.category(), row.form(), row.level(),
                yesNo(row.referredToLado()), row.ladoReferralWithinOneWorkingDay() == null ? "" : yesNo(row.ladoReferralWithinOneWorkingDay()),
                yesNo(row.referredToPolice()), row.status(), row.outcome() == null ? "" : row.outcome());
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
