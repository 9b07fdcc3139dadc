package org.safeguarding.kernel.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguarding.login.*}: {@code failures-per-username} failures within {@code window}, however spaced, lock a
 * username for one window; an address is locked when it fails faster than {@code failures-per-address} per window,
 * higher because several people may share an address.
 */
@ConfigurationProperties("safeguarding.login")
public record LoginThrottleProperties(@DefaultValue("5") int failuresPerUsername,
                                      @DefaultValue("50") int failuresPerAddress,
                                      @DefaultValue("PT15M") Duration window) {
}
