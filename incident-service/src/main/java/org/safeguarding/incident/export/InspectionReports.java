package org.safeguarding.incident.export;

import java.time.Instant;
import java.util.List;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Referral;
import org.safeguarding.kernel.audit.SignedExports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the inspector's list from the case files the reader has a need to know, each
 * logged as read, and signs it in the form asked for, for the API and the page alike.
 */
@Component
class InspectionReports {

    private final IncidentAccess access;

    private final SignedExports exports;

    InspectionReports(IncidentAccess access, SignedExports exports) {
        this.access = access;
        this.exports = exports;
    }

    ResponseEntity<byte[]> signed(Actor reader, ReportPeriod period, ExportFormat format) {
        InspectionReport report = of(reader, period.from(), period.to());
        return switch (format) {
            case JSON -> exports.json(report);
            case CSV -> exports.csv("inspection.csv", InspectionReportDocument.csv(report));
            case PDF -> exports.pdf("inspection.pdf", checkpoint -> InspectionReportDocument.pdf(report, checkpoint));
        };
    }

    InspectionReport of(Actor reader, Instant from, Instant to) {
        List<InspectionReport.Row> rows = access
            .caseFilesReportedBetween(reader, from, to, view -> view.level() != Level.COMPUTING_LEAD,
                    AccessLog.Action.INSPECTION_REPORT)
            .stream()
            .map(InspectionReports::row)
            .toList();
        return new InspectionReport(from, to, rows,
                rows.stream().filter(InspectionReport.Row::referredToLado).toList());
    }

    private static InspectionReport.Row row(IncidentView view) {
        IncidentView.LadoDecision decision = view.ladoDecision();
        return new InspectionReport.Row(view.id(), view.reportedAt(), view.category().name(), view.form().name(),
                view.level().name(), view.referrals().contains(Referral.LADO),
                decision == null || !decision.referred() ? null : decision.withinOneWorkingDay(),
                view.referrals().contains(Referral.POLICE), view.status().name(),
                view.outcome() == null ? null : view.outcome() + ": " + view.closureRationale());
    }

}
