package org.safeguarding.kernel.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.safeguarding.kernel.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.oidc.*}: how a person signed in by the school's identity provider
 * (a {@code spring.security.oauth2.client.registration.*}) becomes someone here.
 *
 * @param usernameClaim the claim holding their username in the school directory
 * @param groupsClaim the claim listing their groups
 * @param roles for each role, the groups that grant it ({@code roles.DSL=sg-dsl}); a
 * person in none of them is refused
 * @param mfaMethods the values of the ID token's {@code amr} claim that show the provider
 * checked a second factor itself, so no code is asked for here
 */
@ConfigurationProperties("safeguarding.oidc")
@Validated
public record OidcProperties(@DefaultValue("preferred_username") @NotBlank String usernameClaim,
        @DefaultValue("groups") @NotBlank String groupsClaim, Map<Role, List<String>> roles, @DefaultValue( {
                "mfa", "otp", "hwk" }) @NotNull Set<String> mfaMethods){

    public OidcProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        mfaMethods = Set.copyOf(mfaMethods);
        if (roles.containsKey(Role.SERVICE)) {
            throw new IllegalArgumentException(
                    "safeguarding.oidc.roles may not grant SERVICE: service accounts sign in with HTTP Basic only");
        }
    }

    /** The roles these groups grant; none for groups that grant none. */
    Set<Role> rolesOf(List<String> groups) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        roles.forEach((role, grantedBy) -> {
            if (grantedBy.stream().anyMatch(groups::contains)) {
                granted.add(role);
            }
        });
        return granted;
    }

}
