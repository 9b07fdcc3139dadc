package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add a file of evidence (a screenshot, a photo of a post, a PDF) to the incident: what
 * it is, never its bytes, which are kept apart, encrypted. {@code sha256} is the hex
 * digest of the bytes as they were uploaded.
 */
public record AddEvidence(@TargetAggregateIdentifier String incidentId, String evidenceId, String fileName,
        String contentType, long size, String sha256, @TargetAggregateVersion Long expectedVersion) {
}
