package org.safeguarding.incident.transfer;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.transfer.*}.
 *
 * @param receiptWithin how long the receiving school has to confirm receipt, in working
 * time: five school days (KCSIE)
 * @param trustedSchools other schools' Ed25519 public keys (PEM) by school name: a file
 * or receipt from a school listed here is checked with this key, whatever key comes with
 * it
 */
@ConfigurationProperties("safeguarding.transfer")
@Validated
record TransferProperties(@DefaultValue("P5D") @NotNull Duration receiptWithin, Map<String, String> trustedSchools) {

    TransferProperties {
        trustedSchools = trustedSchools == null ? Map.of() : Map.copyOf(trustedSchools);
    }

}
