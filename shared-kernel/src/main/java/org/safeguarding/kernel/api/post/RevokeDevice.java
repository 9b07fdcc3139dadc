package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * The headteacher or the administrator takes a device off the register (lost, sold, a
 * leaver's).
 */
public record RevokeDevice(@TargetAggregateIdentifier String deviceId, String reason) implements Reasoned {
}
