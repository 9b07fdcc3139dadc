package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The proposed disposal was rejected; nothing was disposed of. */
public record ContentDisposalRejected(String disposalId, String rejectedBy, String reason, Instant rejectedAt) {
}
