package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record advice received from the LADO, the police, HR or legal. */
public record RecordAdvice(@TargetAggregateIdentifier String incidentId, AdviceSource from, String summary,
        Instant receivedAt, @TargetAggregateVersion Long expectedVersion) {
}
