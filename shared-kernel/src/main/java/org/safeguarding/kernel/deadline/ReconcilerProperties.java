package org.safeguarding.kernel.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguarding.reconciler.*}: how often the reconciler looks ({@code interval}), and how long a view must
 * have been unchanged before a deadline it names counts as missing ({@code settle}): the sagas follow the event
 * store on their own threads, so a deadline for an event they have not reached yet is not missing, only late.
 */
@ConfigurationProperties("safeguarding.reconciler")
public record ReconcilerProperties(Duration interval, Duration settle) {

    public ReconcilerProperties {
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        settle = settle == null ? Duration.ofMinutes(1) : settle;
    }
}
