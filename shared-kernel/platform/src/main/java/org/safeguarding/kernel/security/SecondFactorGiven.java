package org.safeguarding.kernel.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in (with a password, or through the identity provider) completed with a code:
 * the same person, roles and details, and the {@link SecondFactor#AUTHORITY}.
 */
final class SecondFactorGiven extends AbstractAuthenticationToken {

    private final Authentication firstFactor;

    SecondFactorGiven(Authentication firstFactor) {
        super(withSecondFactor(firstFactor));
        this.firstFactor = firstFactor;
        setDetails(firstFactor.getDetails());
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> withSecondFactor(Authentication firstFactor) {
        List<GrantedAuthority> authorities = new ArrayList<>(firstFactor.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(SecondFactor.AUTHORITY));
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return firstFactor.getPrincipal();
    }

    @Override
    public String getName() {
        return firstFactor.getName();
    }

}
