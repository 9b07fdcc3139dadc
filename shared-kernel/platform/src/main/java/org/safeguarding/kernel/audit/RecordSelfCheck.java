package org.safeguarding.kernel.audit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The service verifies its own record, as a governor's verification does, once it has
 * started and every {@code safeguarding.audit.verify-every}: a record changed behind its
 * back is then an error in the log and {@code safeguarding_audit_valid 0} for an alert
 * the same day, not a finding at the next inspection.
 */
public class RecordSelfCheck {

    private static final Logger log = LoggerFactory.getLogger(RecordSelfCheck.class);

    private final AuditVerifier verifier;

    /** The latest result; null until the first check has ended. */
    private final AtomicReference<AuditVerifier.Verification> latest = new AtomicReference<>();

    private final ExecutorService atStartUp = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "record-self-check");
        thread.setDaemon(true);
        return thread;
    });

    RecordSelfCheck(AuditVerifier verifier, MeterRegistry registry) {
        this.verifier = verifier;
        Gauge
            .builder("safeguarding.audit.valid", latest,
                    last -> last.get() == null ? Double.NaN : last.get().valid() ? 1 : 0)
            .description("1 when the service's last check of its own record found it valid, 0 when not")
            .register(registry);
        Gauge
            .builder("safeguarding.audit.events", latest, last -> last.get() == null ? Double.NaN : last.get().events())
            .description("Events in the record at the service's last check of it")
            .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnceStarted() {
        atStartUp.submit(this::check);
    }

    /** Verifies the record now; the result is logged and measured. */
    public AuditVerifier.Verification check() {
        AuditVerifier.Verification verification = verifier.verify(null, null);
        latest.set(verification);
        if (verification.valid()) {
            log.info("The record verifies: {} events, {} checkpoints", verification.events(),
                    verification.checkpoints());
        }
        else {
            log.error("The record does not verify: first broken {}; other records {}", verification.firstBroken(),
                    verification.records());
        }
        return verification;
    }

    @PreDestroy
    void stop() {
        atStartUp.shutdownNow();
    }

}
