package org.safeguarding.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottlingAuthenticationProviderTest {

    private static final String RIGHT = "right";

    /** Accepts anyone whose password is "right", as a directory of everybody would. */
    private static final AuthenticationProvider DIRECTORY = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            if (!RIGHT.equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final ManualTime time = new ManualTime();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final ThrottlingAuthenticationProvider throttle = new ThrottlingAuthenticationProvider(DIRECTORY,
            new LoginThrottleProperties(5, 20, Duration.ofMinutes(15)), registry, time);

    @Test
    void theSixthTryAfterFiveFailuresIsRefusedForFifteenMinutesEvenWithTheRightPassword() {
        failFiveTimes("teacher", "10.0.0.1");

        assertThatThrownBy(() -> signIn("teacher", RIGHT, "10.0.0.1")).isInstanceOfSatisfying(LoginThrottled.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        time.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn("teacher", RIGHT, "10.0.0.1")).isInstanceOf(LoginThrottled.class);
        time.advance(Duration.ofMinutes(1));
        assertThat(signIn("teacher", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
        assertThat(registry.counter("safeguarding.logins.failed").count()).isEqualTo(5);
        assertThat(registry.counter("safeguarding.logins.refused", "limit", "username").count()).isEqualTo(2);
    }

    @Test
    void fiveFailuresSpreadOverFourteenMinutesLockTheUsernameToo() {
        for (int i = 0; i < 5; i++) {
            failOnce("teacher", "10.0.0.1");
            time.advance(Duration.ofSeconds(210));
        }

        assertThatThrownBy(() -> signIn("teacher", RIGHT, "10.0.0.1")).isInstanceOf(LoginThrottled.class);
    }

    @Test
    void fourFailuresLockNothingAndNeitherDoFailuresAWindowApart() {
        for (int i = 0; i < 4; i++) {
            failOnce("teacher", "10.0.0.1");
        }
        assertThat(signIn("teacher2", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();

        for (int i = 0; i < 10; i++) {
            failOnce("dsl", "10.0.0.2");
            time.advance(Duration.ofMinutes(15));
        }
        assertThat(signIn("dsl", RIGHT, "10.0.0.2").isAuthenticated()).isTrue();
    }

    @Test
    void afterItsLockAUsernameMayTryOnceAWindowUntilItGetsItRight() {
        failFiveTimes("teacher", "10.0.0.1");
        time.advance(Duration.ofMinutes(15));

        failOnce("teacher", "10.0.0.1");

        assertThatThrownBy(() -> signIn("teacher", RIGHT, "10.0.0.1")).isInstanceOfSatisfying(LoginThrottled.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void aUsernameNobodyHasIsLockedLikeOneSomebodyHas() {
        failFiveTimes("nobody-by-this-name", "10.0.0.1");

        assertThatThrownBy(() -> signIn("nobody-by-this-name", "guess", "10.0.0.1")).isInstanceOf(LoginThrottled.class);
    }

    @Test
    void anAddressFailingWithManyUsernamesIsRefusedWhileOtherAddressesAreNot() {
        for (int i = 0; i < 20; i++) {
            failOnce("user" + i, "10.0.0.9");
        }

        assertThatThrownBy(() -> signIn("head", RIGHT, "10.0.0.9")).isInstanceOf(LoginThrottled.class);
        assertThat(signIn("head", RIGHT, "10.0.0.10").isAuthenticated()).isTrue();
        assertThat(registry.counter("safeguarding.logins.refused", "limit", "address").count()).isEqualTo(1);
    }

    @Test
    void theRightPasswordForgetsTheUsernamesEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            failOnce("teacher", "10.0.0.1");
        }
        signIn("teacher", RIGHT, "10.0.0.1");
        for (int i = 0; i < 4; i++) {
            failOnce("teacher", "10.0.0.1");
        }

        assertThat(signIn("teacher", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
    }

    private void failFiveTimes(String username, String address) {
        for (int i = 0; i < 5; i++) {
            failOnce(username, address);
        }
    }

    private void failOnce(String username, String address) {
        assertThatThrownBy(() -> signIn(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
    }

    private Authentication signIn(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return throttle.authenticate(attempt);
    }

    /**
     * Wall-clock time that moves only when told (Bucket4j keeps distributed buckets on
     * wall-clock time only).
     */
    private static final class ManualTime implements TimeMeter {

        private long nanos = Duration.ofDays(1).toNanos();

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }

    }

}
