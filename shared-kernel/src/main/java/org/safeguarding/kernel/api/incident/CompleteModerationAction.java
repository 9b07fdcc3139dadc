package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** post-service carried out a pending moderation action; sent by the content removal saga. */
public record CompleteModerationAction(@TargetAggregateIdentifier String incidentId, String actionId) {
}
