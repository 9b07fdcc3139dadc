package org.safeguarding.kernel.audit;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.audit.*}: where the keys live (never in the database), how often a
 * checkpoint is signed while events arrive, how long an export waits for the chain to
 * reach the events it shows, and how often the service verifies its own record.
 */
@ConfigurationProperties("safeguarding.audit")
@Validated
public record AuditProperties(@DefaultValue("./data/keys") @NotNull Path keyStore,
        @DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration checkpointEvery,
        @DefaultValue("PT10S") @NotNull Duration exportWaitsForChainAtMost,
        @DefaultValue("P1D") @NotNull @DurationMin(minutes = 1) Duration verifyEvery) {
}
