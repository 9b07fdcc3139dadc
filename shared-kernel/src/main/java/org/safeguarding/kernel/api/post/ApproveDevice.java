package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The headteacher, having entered the passcode sent to them, approves the device. */
public record ApproveDevice(@TargetAggregateIdentifier String deviceId) {
}
