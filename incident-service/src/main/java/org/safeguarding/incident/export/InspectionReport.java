package org.safeguarding.incident.export;

import java.time.Instant;
import java.util.List;

/**
 * The list an inspector asks for: for a date range, every referral to the DSL (and above)
 * with whether it went to the local authority and its brief outcome, and the LADO
 * referrals among them.
 */
record InspectionReport(Instant from, Instant to, List<Row> referralsToTheDsl, List<Row> ladoReferrals) {

    record Row(String incidentId, Instant reportedAt, String category, String form, String level,
            boolean referredToLado, Boolean ladoReferralWithinOneWorkingDay, boolean referredToPolice, String status,
            String outcome) {
    }
}
