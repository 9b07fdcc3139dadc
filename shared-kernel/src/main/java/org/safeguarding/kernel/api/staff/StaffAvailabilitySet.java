package org.safeguarding.kernel.api.staff;

import java.time.Instant;

/** Availability as stated; after {@code until} the person counts as available again. */
public record StaffAvailabilitySet(String username, boolean available, Instant until) {
}
