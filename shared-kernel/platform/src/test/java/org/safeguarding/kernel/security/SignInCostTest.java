package org.safeguarding.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Role;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An unknown username costs what a wrong password costs, from the very first request on.
 */
class SignInCostTest {

    private static final String DEMO_HASH = "{bcrypt}$2a$10$BmWggonJ4georeLXEDJvlu3xOCmJIWi97j5Ix9voypE15NwUe77z.";

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    private final SchoolDirectory directory = new SchoolDirectory(new DirectoryProperties(
            List.of(new DirectoryProperties.Person("teacher", "Ms Tessa Teacher", DEMO_HASH, Set.of(Role.STAFF)))));

    // Generous limits: these tests fail many times on purpose and measure the check, not
    // the throttle.
    private final LoginThrottleProperties noThrottling = new LoginThrottleProperties(1_000, 1_000,
            Duration.ofMinutes(15));

    @Test
    void theStandInHashForUnknownUsernamesIsMadeOnceBeforeTheFirstRequest() throws Exception {
        CountingEncoder encoder = new CountingEncoder(configuration.passwordEncoder());
        AuthenticationManager manager = manager(encoder);
        assertThat(encoder.encoded.get()).isEqualTo(1);

        var threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String username = "unknown" + i;
                attempts.add(CompletableFuture.runAsync(() -> assertThatThrownBy(() -> manager
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "guess")))
                    .isInstanceOf(BadCredentialsException.class), threads));
            }
            CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get();
        }
        finally {
            threads.shutdown();
        }

        assertThat(encoder.encoded.get()).isEqualTo(1);
    }

    @Test
    void anUnknownUsernameTakesAsLongAsAWrongPassword() {
        AuthenticationManager manager = manager(configuration.passwordEncoder());
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            known.add(nanosToFail(manager, "teacher"));
            unknown.add(nanosToFail(manager, "nobody" + i));
        }

        double ratio = (double) median(unknown) / median(known);
        assertThat(ratio).as("unknown / known, medians of 11").isBetween(0.6, 1.6);
    }

    private AuthenticationManager manager(PasswordEncoder encoder) {
        return configuration.authenticationManager(directory, encoder, noThrottling, new SimpleMeterRegistry());
    }

    private static long nanosToFail(AuthenticationManager manager, String username) {
        long start = System.nanoTime();
        assertThatThrownBy(
                () -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong")))
            .isInstanceOf(BadCredentialsException.class);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate;

        private final AtomicInteger encoded = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            encoded.incrementAndGet();
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return delegate.matches(rawPassword, encodedPassword);
        }

    }

}
