package org.safeguarding.incident.export;

import java.util.List;

import org.safeguarding.kernel.audit.Checkpoints;
import org.safeguarding.kernel.export.PdfReport;

/**
 * A LADO referral laid out as the PDF a LADO is sent, in the order of the local
 * authority's form.
 */
final class LadoReferralDocument {

    private LadoReferralDocument() {
    }

    static byte[] pdf(LadoReferral referral, Checkpoints.Checkpoint checkpoint) {
        PdfReport pdf = new PdfReport("Referral to the Local Authority Designated Officer (LADO)",
                (referral.referred() ? "Referred " + SchoolTime.dateTime(referral.referredAt())
                        : "Draft: not yet referred") + ". Incident " + referral.incidentId() + ".");
        pdf.heading("The adult")
            .field("Name", referral.adult().name())
            .field("Role", referral.adult().role())
            .field("Employment status", referral.adult().employmentStatus());
        pdf.heading("The allegation")
            .field("What", referral.allegation().what())
            .field("When", referral.allegation().when())
            .field("Where", referral.allegation().where())
            .field("How it came to light", referral.allegation().howItCameToLight());
        pdf.heading("Children involved").field("Children", String.join(", ", referral.childrenInvolved()));
        pdf.heading("Actions taken so far").field("Actions taken", referral.actionsTaken());
        referral.actionsSoFar().forEach(action -> pdf.field("Recorded", action));
        pdf.heading("Who has been informed")
            .field("Parents", PdfReport.yesNo(referral.informed().parents()))
            .field("Police", PdfReport.yesNo(referral.informed().police()))
            .field("HR", PdfReport.yesNo(referral.informed().hr()));
        LadoReferral.Referrer referrer = referral.referrer();
        pdf.heading("Referral")
            .field("Referrer",
                    referrer == null ? null
                            : referrer.name() + " (" + referrer.username() + ", " + referrer.role() + ")")
            .field("Date and time of referral", SchoolTime.dateTime(referral.referredAt()))
            .field("Decision due by", SchoolTime.dateTime(referral.decisionDue()))
            .field("Made within one working day",
                    referral.withinOneWorkingDay() == null ? null : PdfReport.yesNo(referral.withinOneWorkingDay()));
        pdf.heading("Earlier concerns about the same adult");
        if (referral.earlierConcerns().isEmpty()) {
            pdf.field("Earlier concerns", "none recorded");
        }
        else {
            pdf.table(List.of("reported", "category", "low-level concern", "summary", "status", "outcome"),
                    referral.earlierConcerns().stream().map(LadoReferralDocument::row).toList(), 10, 14, 10, 40, 10,
                    16);
        }
        return pdf.finish(checkpoint);
    }

    private static List<String> row(LadoReferral.EarlierConcern concern) {
        return List.of(SchoolTime.date(concern.reportedAt()), concern.category().name(),
                PdfReport.yesNo(concern.lowLevelConcern()), concern.summary(), concern.status(),
                concern.outcome() == null ? "" : concern.outcome());
    }

}
