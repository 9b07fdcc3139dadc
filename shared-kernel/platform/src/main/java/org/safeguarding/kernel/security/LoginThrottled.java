package org.safeguarding.kernel.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked, because its username or address failed too often; it may
 * be tried after {@link #retryAfter()}.
 */
public class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds until it may be tried again, rounded up: the {@code Retry-After}. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
    }

    /** What the person is told, by the API and by the sign-in page alike. */
    public String advice() {
        return "Too many failed sign-ins for this username or from this address; try again in " + retryAfterSeconds()
                + " seconds";
    }

}
