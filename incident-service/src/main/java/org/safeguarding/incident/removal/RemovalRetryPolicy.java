package org.safeguarding.incident.removal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long to wait before asking post-service again: doubling from the first delay, up to the longest. */
@Component
public class RemovalRetryPolicy {

    private final Duration first;
    private final Duration longest;

    public RemovalRetryPolicy(@Value("${safeguarding.post-service.retry-first:PT5S}") Duration first,
                              @Value("${safeguarding.post-service.retry-longest:PT5M}") Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    public Duration delayBefore(int attempt) {
        Duration delay = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
