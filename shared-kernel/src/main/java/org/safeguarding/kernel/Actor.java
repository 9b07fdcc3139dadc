package org.safeguarding.kernel;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who did something, in which capacity: the username, the role named on the record, and
 * every role the person holds (which decides what they may do).
 */
public record Actor(String username, Role role, Set<Role> roles) {

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, Set.of(Role.SYSTEM));

    public static final Actor UNKNOWN = new Actor("unknown", null, Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String username, Collection<Role> roles) {
        return new Actor(username, Role.principalOf(roles), Set.copyOf(roles));
    }

    public static Actor of(String username, Role... roles) {
        return of(username, Arrays.asList(roles));
    }

    public boolean has(Role candidate) {
        return roles.contains(candidate);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean isSystem() {
        return roles.contains(Role.SYSTEM);
    }

    public String rolesAsText() {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
