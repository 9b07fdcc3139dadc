package org.safeguarding.kernel.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as an {@link Actor}, and the service through which they act, if
 * any.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(from(authentication));
    }

    /**
     * The service account that made this request on the person's behalf; empty when they
     * made it themselves.
     */
    public static Optional<String> via() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof Via via ? Optional.of(via.service())
                : Optional.empty();
    }

    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public static Actor from(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                Arrays.stream(Role.values())
                    .filter(role -> role.authority().equals(name))
                    .findFirst()
                    .ifPresent(roles::add);
            }
        }
        return Actor.of(authentication.getName(), roles);
    }

}
