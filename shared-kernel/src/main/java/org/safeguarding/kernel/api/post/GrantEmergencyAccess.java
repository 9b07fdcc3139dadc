package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * A poster uses a personal device in a safeguarding emergency, when no school device is
 * to hand (000:60-63), and says why.
 */
public record GrantEmergencyAccess(@TargetAggregateIdentifier String deviceId, String accountId, String reason,
        String tokenHash) implements Reasoned {
}
