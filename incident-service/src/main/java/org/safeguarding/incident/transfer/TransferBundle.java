package org.safeguarding.incident.transfer;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.ReceivedStep;
import org.safeguarding.kernel.api.incident.Subject;

/**
 * What a transfer file holds, as JSON, signed by the sending service: every incident
 * naming the pupil that the sending DSL may see, each with its whole chronology.
 */
record TransferBundle(String format, String transferId, String fromSchool, String toSchool, String toDsl,
        String pupilRef, String sentBy, Instant sentAt, List<BundledIncident> incidents) {

    static final String FORMAT = "safeguarding-transfer-bundle/1";

    record BundledIncident(String incidentId, Form form, Category category, String summary, String details,
            Instant occurredAt, Channel channel, String platform, List<Subject> subjects,
            boolean allegationAgainstAdult, String status, Outcome outcome, String closureRationale, Instant reportedAt,
            List<ReceivedStep> chronology) {
    }

    /** The bundle's exact bytes and the sending service's Ed25519 signature of them. */
    record Signed(byte[] bundle, byte[] signature) {
    }

}
