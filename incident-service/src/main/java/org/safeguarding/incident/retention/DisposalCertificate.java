package org.safeguarding.incident.retention;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.RetentionRule;

/**
 * The evidence that records were disposed of as the school's retention schedule says:
 * which records (by their ids only), under which rule and its source, proposed and
 * approved by whom, and when. It names no one the records were about.
 */
record DisposalCertificate(String disposalId, RetentionRule rule, String ruleSource, int count,
        List<String> incidentIds, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt,
        Instant disposedAt) {

    static DisposalCertificate of(DisposalView disposal) {
        return new DisposalCertificate(disposal.id(), disposal.rule(), source(disposal.rule()), disposal.disposed(),
                disposal.incidentIds(), disposal.proposedBy(), disposal.proposedAt(), disposal.decidedBy(),
                disposal.decidedAt(), disposal.disposedAt());
    }

    private static String source(RetentionRule rule) {
        return switch (rule) {
            case CHILD_PROTECTION -> "IRMS Information Management Toolkit for Schools: child protection files, "
                    + "the child's date of birth + 25 years";
            case ALLEGATION_AGAINST_ADULT -> "Keeping children safe in education, part 4: allegations against "
                    + "staff, until normal retirement age or 10 years from the allegation, whichever is longer";
            case E_SAFETY -> "The school's retention schedule: e-safety incidents that were no safeguarding matter, "
                    + "a set period from closure";
        };
    }

}
