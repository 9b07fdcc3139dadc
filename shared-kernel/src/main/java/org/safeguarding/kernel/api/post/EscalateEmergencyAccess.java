package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/** The system tells the headteacher that a login was not confirmed removed in time. */
public record EscalateEmergencyAccess(@TargetAggregateIdentifier String deviceId, String reason) implements Reasoned {
}
