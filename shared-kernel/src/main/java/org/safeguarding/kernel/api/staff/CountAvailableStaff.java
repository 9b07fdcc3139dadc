package org.safeguarding.kernel.api.staff;

import org.safeguarding.kernel.Role;

/** How many people holding the role are available now. */
public record CountAvailableStaff(Role role) {
}
