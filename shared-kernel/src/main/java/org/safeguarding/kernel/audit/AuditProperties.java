package org.safeguarding.kernel.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeguarding.audit.*}: where the keys live (never in the database), how often a checkpoint is signed while
 * events arrive, and how long an export waits for the chain to reach the events it shows.
 */
@ConfigurationProperties("safeguarding.audit")
public record AuditProperties(@DefaultValue("./data/keys") Path keyStore,
                              @DefaultValue("PT15M") Duration checkpointEvery,
                              @DefaultValue("PT10S") Duration exportWaitsForChainAtMost) {
}
