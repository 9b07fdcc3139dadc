package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The case manager decided not to refer to the LADO, and why. */
public record DecidedNotToReferToLADO(String incidentId,
                                      String rationale,
                                      Instant decidedAt,
                                      Instant decisionDue,
                                      boolean withinDeadline) {
}
