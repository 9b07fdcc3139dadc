package org.safeguarding.kernel.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguarding.login.*}: how many failed sign-ins within {@code window} refuse a username, or an address,
 * for one whole window. The address limit is higher: several people may share an address.
 */
@ConfigurationProperties("safeguarding.login")
public record LoginThrottleProperties(@DefaultValue("5") int failuresPerUsername,
                                      @DefaultValue("50") int failuresPerAddress,
                                      @DefaultValue("PT15M") Duration window) {
}
