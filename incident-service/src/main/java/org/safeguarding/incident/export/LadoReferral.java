package org.safeguarding.incident.export;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.LadoReferralDetails;

/**
 * A referral as a LADO asks for it, with the earlier concerns and low-level concerns
 * recorded about the same adult. Before a referral is made it is a draft filled from the
 * report.
 */
record LadoReferral(String incidentId, boolean referred, LadoReferralDetails.Adult adult,
        LadoReferralDetails.Allegation allegation, List<String> childrenInvolved, String actionsTaken,
        List<String> actionsSoFar, LadoReferralDetails.Informed informed, Referrer referrer, Instant referredAt,
        Instant decisionDue, Boolean withinOneWorkingDay, List<EarlierConcern> earlierConcerns) {

    record Referrer(String username, String name, String role) {
    }

    record EarlierConcern(String incidentId, Instant reportedAt, Category category, boolean lowLevelConcern,
            String summary, String status, String outcome) {
    }
}
