package org.safeguarding.kernel.security;

import java.util.function.Predicate;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords only for usernames and addresses the {@link LoginThrottle} has not
 * locked, and counts each wrong one there. A right password forgets the username's
 * failures when it completes the sign-in; when a code must follow, the code does.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final AuthenticationProvider delegate;

    private final LoginThrottle throttle;

    private final MeterRegistry registry;

    private final Predicate<Authentication> passwordCompletesSignIn;

    /** With a throttle of its own, for a sign-in the password completes. */
    public ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottleProperties properties,
            MeterRegistry registry, TimeMeter clock) {
        this(delegate, new LoginThrottle(properties, registry, clock), registry, signedIn -> true);
    }

    /**
     * @param passwordCompletesSignIn whether a person with this (password-checked)
     * sign-in needs nothing more; if they need a code, their failures are forgotten only
     * once it is given, so that a known password does not buy more guesses at the code
     */
    public ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle,
            MeterRegistry registry, Predicate<Authentication> passwordCompletesSignIn) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.registry = registry;
        this.passwordCompletesSignIn = passwordCompletesSignIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        throttle.refuseIfLocked(username, address);
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        }
        catch (BadCredentialsException failed) {
            registry.counter("safeguarding.logins.failed").increment();
            log.info("Failed sign-in for username '{}' from {}", LoginThrottle.printable(username), address);
            throttle.countFailure(username, address);
            throw failed;
        }
        if (passwordCompletesSignIn.test(result)) {
            throttle.forgetFailures(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
