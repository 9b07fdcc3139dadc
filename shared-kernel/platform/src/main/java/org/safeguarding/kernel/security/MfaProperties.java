package org.safeguarding.kernel.security;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import org.safeguarding.kernel.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.mfa.*}: the roles that must give a code from an authenticator app
 * after their password before any page is served (policy 001 asks for multi-factor
 * authentication wherever possible). Anyone holding one of them is asked, whatever else
 * they hold.
 */
@ConfigurationProperties("safeguarding.mfa")
@Validated
public record MfaProperties(@DefaultValue( {
        "DSL", "HEADTEACHER", "SLT", "ADMIN", "GOVERNOR", "CHAIR_OF_GOVERNORS" }) @NotNull Set<Role> roles){

    public MfaProperties {
        roles = Set.copyOf(roles);
    }

}
