package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The user of a personal device confirms that the account's login is removed from it. */
public record ConfirmLoginRemoval(@TargetAggregateIdentifier String deviceId) {
}
