package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a subject access request's file (who it was about and the bundle) is
 * deleted, its retention period over; sent by the system.
 */
public record DeleteSubjectAccessFile(@TargetAggregateIdentifier String requestId) {
}
