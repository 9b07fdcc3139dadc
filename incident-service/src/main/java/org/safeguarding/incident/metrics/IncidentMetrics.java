package org.safeguarding.incident.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.api.incident.DeadlineMissed;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.EscalatedToSLT;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.springframework.stereotype.Component;

/**
 * Counters and timers for the workflow, fed by events as they happen (never by a replay):
 * incidents reported, escalations, missed deadlines, time to acknowledgement. No pupil or
 * staff identity goes into a tag.
 */
@Component
@ProcessingGroup(IncidentMetrics.NAME)
class IncidentMetrics {

    static final String NAME = "metrics";

    private final MeterRegistry registry;

    IncidentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(IncidentReported event) {
        registry
            .counter("safeguarding.incidents.reported", "form", event.form().name(), "category",
                    event.category().name(), "level", event.level().name())
            .increment();
    }

    @EventHandler
    void on(EscalatedToDSL event) {
        escalated(event.from(), Level.DSL, event.automatic());
    }

    @EventHandler
    void on(EscalatedToSLT event) {
        escalated(event.from(), Level.SLT, event.automatic());
    }

    @EventHandler
    void on(DeadlineMissed event) {
        registry.counter("safeguarding.deadlines.overdue", "kind", event.kind().name(), "level", event.level().name())
            .increment();
    }

    @EventHandler
    void on(IncidentAcknowledged event) {
        registry.timer("safeguarding.incidents.time.to.acknowledgement", "level", event.level().name())
            .record(Duration.between(event.assignedAt(), event.acknowledgedAt()));
    }

    private void escalated(Level from, Level to, boolean automatic) {
        registry
            .counter("safeguarding.incidents.escalated", "from", from.name(), "to", to.name(), "trigger",
                    automatic ? "automatic" : "manual")
            .increment();
    }

}
