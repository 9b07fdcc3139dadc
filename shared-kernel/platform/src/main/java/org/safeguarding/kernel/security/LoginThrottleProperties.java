package org.safeguarding.kernel.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.login.*}: {@code failures-per-username} failures within
 * {@code window}, however spaced, lock a username for one window; an address is locked
 * when it fails faster than {@code failures-per-address} per window, higher because
 * several people may share an address.
 */
@ConfigurationProperties("safeguarding.login")
@Validated
public record LoginThrottleProperties(@DefaultValue("5") @Positive int failuresPerUsername,
        @DefaultValue("50") @Positive int failuresPerAddress,
        @DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration window) {
}
