package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** A second person approved the disposal; its incidents are disposed of next. */
public record DisposalApproved(String disposalId, String approvedBy, Instant approvedAt) {
}
