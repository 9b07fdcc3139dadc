package org.safeguarding.kernel.privacy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Looks for erased subject keys every few seconds, so that a record disposed of on one
 * instance stops opening on every other instance sharing the database within seconds.
 */
class ErasureWatch {

    static final Duration EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ErasureWatch.class);

    private final SubjectKeys keys;

    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "subject-key-erasure-watch");
        thread.setDaemon(true);
        return thread;
    });

    ErasureWatch(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        watch.scheduleWithFixedDelay(this::look, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        watch.shutdownNow();
    }

    private void look() {
        try {
            keys.forgetKeysIfAnyErased();
        }
        catch (RuntimeException unavailable) {
            log.warn("Cannot look for erased subject keys (cached keys still expire within minutes): {}",
                    unavailable.toString());
        }
    }

}
