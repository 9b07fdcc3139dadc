package org.safeguarding.incident.incident;

import java.util.Set;

import org.safeguarding.kernel.Role;

/**
 * The roles the school directory gives a person: none for a username it does not know.
 */
@FunctionalInterface
interface StaffRoles {

    Set<Role> of(String username);

}
