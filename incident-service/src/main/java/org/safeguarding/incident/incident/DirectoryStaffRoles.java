package org.safeguarding.incident.incident;

import java.util.Set;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.stereotype.Component;

/**
 * {@link StaffRoles} from the school directory; a report's ref is matched to a username
 * regardless of case.
 */
@Component
class DirectoryStaffRoles implements StaffRoles {

    private final SchoolDirectory directory;

    DirectoryStaffRoles(SchoolDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Set<Role> of(String username) {
        return directory.rolesOf(username);
    }

}
