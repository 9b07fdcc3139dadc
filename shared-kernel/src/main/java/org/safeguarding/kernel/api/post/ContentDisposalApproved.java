package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** A second person approved the disposal; its posts or comments are disposed of next. */
public record ContentDisposalApproved(String disposalId, String approvedBy, Instant approvedAt) {
}
