package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * post-service carried out a pending moderation action; sent by the content deletion
 * saga.
 */
public record CompleteModerationAction(@TargetAggregateIdentifier String incidentId, String actionId) {
}
