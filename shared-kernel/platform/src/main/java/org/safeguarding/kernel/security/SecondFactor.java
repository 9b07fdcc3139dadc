package org.safeguarding.kernel.security;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Whether a sign-in must still be completed with a code before pages are served: it must
 * when the person holds a role {@link MfaProperties} lists and the sign-in does not carry
 * the {@link #AUTHORITY} that a code (or the identity provider's own multi-factor check)
 * gives.
 */
public final class SecondFactor {

    /** The authority of a sign-in completed with a second factor. */
    public static final String AUTHORITY = "MFA";

    private final Set<Role> roles;

    private final SessionAuthenticationStrategy asSignIn = new CompositeSessionAuthenticationStrategy(
            List.of(new ChangeSessionIdAuthenticationStrategy(),
                    new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactor(MfaProperties properties) {
        this.roles = properties.roles();
    }

    /** Whether people with this sign-in's roles give a second factor at all. */
    public boolean isAskedOf(Authentication signedIn) {
        return !Collections.disjoint(CurrentActor.from(signedIn).roles(), roles);
    }

    /** Whether this sign-in may see pages: it needs no second factor or has given one. */
    public boolean isSatisfiedBy(Authentication signedIn) {
        return !isAskedOf(signedIn) || hasGivenOne(signedIn);
    }

    static boolean hasGivenOne(Authentication signedIn) {
        return signedIn.getAuthorities().stream().anyMatch(authority -> AUTHORITY.equals(authority.getAuthority()));
    }

    /**
     * Completes the current sign-in with its second factor, as a sign-in does: a new
     * session id (so that a session fixed before it is worth nothing) and a new CSRF
     * token; the completed sign-in is kept in the session.
     */
    public void complete(HttpServletRequest request, HttpServletResponse response) {
        Authentication completed = new SecondFactorGiven(SecurityContextHolder.getContext().getAuthentication());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(completed);
        SecurityContextHolder.setContext(context);
        asSignIn.onAuthentication(completed, request, response);
        contexts.saveContext(context, request, response);
    }

}
