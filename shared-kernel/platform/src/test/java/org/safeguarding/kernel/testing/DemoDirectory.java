package org.safeguarding.kernel.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo directory of API.md (profile {@code demo} of safeguarding-kernel.yml) as the
 * tests expect it, stated once: every user and their roles. The services' own accounts
 * come last.
 */
public final class DemoDirectory {

    private static final Map<String, Set<String>> ROLES = directory("teacher", "STAFF", "teacher2", "STAFF",
            "computing", "STAFF COMPUTING_LEAD", "dsl", "STAFF DSL", "head", "STAFF SLT HEADTEACHER", "deputy",
            "STAFF SLT DSL", "governor", "GOVERNOR", "admin", "ADMIN", "slt", "STAFF SLT", "chair",
            "GOVERNOR CHAIR_OF_GOVERNORS", "service", "SERVICE", "incident-service", "SERVICE", "post-service",
            "SERVICE");

    private DemoDirectory() {
    }

    /** Every username, in the order above. */
    public static List<String> users() {
        return List.copyOf(ROLES.keySet());
    }

    public static boolean has(String user, String role) {
        return ROLES.getOrDefault(user, Set.of()).contains(role);
    }

    public static boolean hasAny(String user, Set<String> roles) {
        return roles.stream().anyMatch(role -> has(user, role));
    }

    private static Map<String, Set<String>> directory(String... usersAndRoles) {
        Map<String, Set<String>> directory = new LinkedHashMap<>();
        for (int i = 0; i < usersAndRoles.length; i += 2) {
            directory.put(usersAndRoles[i], Set.of(usersAndRoles[i + 1].split(" ")));
        }
        return directory;
    }

}
