package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Hold the incident from disposal while a police investigation or an inquiry may need it.
 */
public record PlaceLegalHold(@TargetAggregateIdentifier String incidentId, String reason) implements Reasoned {
}
