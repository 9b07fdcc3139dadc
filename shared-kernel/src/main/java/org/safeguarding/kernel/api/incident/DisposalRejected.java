package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The proposed disposal was rejected; nothing was disposed of. */
public record DisposalRejected(String disposalId, String rejectedBy, String reason, Instant rejectedAt) {
}
