package org.safeguarding.kernel.api.staff;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member of staff (or an administrator for them) says whether they are available,
 * optionally until when.
 */
public record SetStaffAvailability(@TargetAggregateIdentifier String username, boolean available, Instant until) {
}
