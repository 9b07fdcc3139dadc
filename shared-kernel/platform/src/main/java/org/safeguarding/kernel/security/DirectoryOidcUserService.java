package org.safeguarding.kernel.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.safeguarding.kernel.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person the identity provider signed in, as someone in the school directory: named by
 * the configured claim, which must be a directory username, with the roles their groups
 * grant ({@link OidcProperties#roles()}), and with the {@link SecondFactor#AUTHORITY}
 * when the provider says in {@code amr} that it checked a second factor. Someone not in
 * the directory, or in no group that grants a role, is refused.
 */
class DirectoryOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(DirectoryOidcUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();

    private final SchoolDirectory directory;

    private final OidcProperties properties;

    DirectoryOidcUserService(SchoolDirectory directory, OidcProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String providerName = request.getClientRegistration().getClientName();
        String username = user.getClaimAsString(properties.usernameClaim());
        if (username == null || directory.actor(username).isEmpty()) {
            log.info("Refused sign-in through {}: '{}' is not in the school directory", providerName,
                    username == null ? "(no " + properties.usernameClaim() + ")" : LoginThrottle.printable(username));
            throw new RefusedByDirectory("Your " + providerName + " account (" + username + ") is not in this "
                    + "school's directory, so it cannot sign in here. Ask your school's administrator.");
        }
        List<String> groups = user.getClaimAsStringList(properties.groupsClaim());
        Set<Role> roles = properties.rolesOf(groups == null ? List.of() : groups);
        if (roles.isEmpty()) {
            log.info("Refused sign-in through {}: '{}' is in no group that grants a role", providerName,
                    LoginThrottle.printable(username));
            throw new RefusedByDirectory("Your " + providerName + " account (" + username
                    + ") has no role in this service: it is in none of the groups the school gives roles to. "
                    + "Ask your school's administrator.");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        List<String> methods = user.getIdToken().getAuthenticationMethods();
        boolean secondFactorChecked = methods != null && !Collections.disjoint(methods, properties.mfaMethods());
        if (secondFactorChecked) {
            authorities.add(new SimpleGrantedAuthority(SecondFactor.AUTHORITY));
        }
        log.info("Signed in through {} as '{}' with {}{}", providerName, LoginThrottle.printable(username), roles,
                secondFactorChecked ? ", second factor checked by the provider" : "");
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), properties.usernameClaim());
    }

    /**
     * The identity provider signed the person in, but they may not sign in here; the
     * message says why, for the sign-in page.
     */
    static final class RefusedByDirectory extends OAuth2AuthenticationException {

        RefusedByDirectory(String why) {
            super(new OAuth2Error("access_denied", why, null), why);
        }

    }

}
