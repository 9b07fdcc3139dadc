package org.safeguarding.incident.export;

import java.util.List;

import org.safeguarding.kernel.audit.Checkpoints;
import org.safeguarding.kernel.export.PdfReport;

/**
 * The inspector's list laid out as CSV (the referrals to the DSL) and as PDF (those and
 * the LADO referrals).
 */
final class InspectionReportDocument {

    private static final List<String> HEADERS = List.of("incident", "reported", "category", "form", "level",
            "referred to LADO", "LADO referral within one working day", "referred to police", "status", "outcome");

    private static final float[] WIDTHS = { 22, 9, 12, 9, 7, 7, 9, 7, 7, 11 };

    private InspectionReportDocument() {
    }

    static String csv(InspectionReport report) {
        return Csv.write(HEADERS, cells(report.referralsToTheDsl()));
    }

    static byte[] pdf(InspectionReport report, Checkpoints.Checkpoint checkpoint) {
        return new PdfReport("Safeguarding referrals for inspection",
                "Reported from " + SchoolTime.dateTime(report.from()) + " to " + SchoolTime.dateTime(report.to()) + ".")
            .heading("Referrals to the DSL (" + report.referralsToTheDsl().size() + ")")
            .table(HEADERS, cells(report.referralsToTheDsl()), WIDTHS)
            .heading("Referrals to the LADO (" + report.ladoReferrals().size() + ")")
            .table(HEADERS, cells(report.ladoReferrals()), WIDTHS)
            .finish(checkpoint);
    }

    private static List<List<String>> cells(List<InspectionReport.Row> rows) {
        return rows.stream().map(InspectionReportDocument::cells).toList();
    }

    private static List<String> cells(InspectionReport.Row row) {
        Boolean withinOneWorkingDay = row.ladoReferralWithinOneWorkingDay();
        return List.of(row.incidentId(), SchoolTime.date(row.reportedAt()), row.category(), row.form(), row.level(),
                PdfReport.yesNo(row.referredToLado()),
                withinOneWorkingDay == null ? "" : PdfReport.yesNo(withinOneWorkingDay),
                PdfReport.yesNo(row.referredToPolice()), row.status(), row.outcome() == null ? "" : row.outcome());
    }

}
