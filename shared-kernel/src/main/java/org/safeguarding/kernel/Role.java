package org.safeguarding.kernel;

import java.util.Collection;

/**
 * The roles of the school directory. {@link #SYSTEM} is the workflow itself acting on a
 * timer; it is never given to a person. {@link #MONITORING} reads the service's metrics
 * and nothing else.
 */
public enum Role {

    STAFF, COMPUTING_LEAD, DSL, SLT, HEADTEACHER, GOVERNOR, CHAIR_OF_GOVERNORS, ADMIN, MONITORING, SERVICE, SYSTEM;

    /**
     * The order in which a person's roles name the capacity they act in, most senior
     * first.
     */
    private static final Role[] PRECEDENCE = { SYSTEM, HEADTEACHER, DSL, SLT, COMPUTING_LEAD, CHAIR_OF_GOVERNORS, ADMIN,
            GOVERNOR, MONITORING, SERVICE, STAFF };

    public static Role principalOf(Collection<Role> roles) {
        for (Role candidate : PRECEDENCE) {
            if (roles.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public String authority() {
        return "ROLE_" + name();
    }

}
