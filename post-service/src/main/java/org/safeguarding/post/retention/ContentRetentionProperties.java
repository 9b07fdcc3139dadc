package org.safeguarding.post.retention;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The school's periods for the content of its own accounts (no statute sets them).
 *
 * @param posts from when a post was drafted
 * @param comments from when a comment was received
 * @param checkEvery how often what has fallen due is listed
 */
@Validated
@ConfigurationProperties("safeguarding.retention")
record ContentRetentionProperties(@DefaultValue("P6Y") @NotNull Period posts,
        @DefaultValue("P2Y") @NotNull Period comments, @DefaultValue("P1D") @NotNull Duration checkEvery) {
}
