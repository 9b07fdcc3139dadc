package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/** Lift the incident's legal hold: its retention runs as it would have. */
public record LiftLegalHold(@TargetAggregateIdentifier String incidentId, String reason) implements Reasoned {
}
