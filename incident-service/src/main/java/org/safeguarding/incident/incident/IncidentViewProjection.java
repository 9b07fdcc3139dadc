package org.safeguarding.incident.incident;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored incident views in step with the event store, in the same transaction
 * as the events.
 */
@Component
@ProcessingGroup(IncidentViewProjection.NAME)
class IncidentViewProjection implements RebuildableProjection {

    static final String NAME = "incident-views";

    private final IncidentViewRepository views;

    IncidentViewProjection(IncidentViewRepository views) {
        this.views = views;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        views.deleteAll();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!Incident.class.getSimpleName().equals(message.getType())) {
            return;
        }
        IncidentView view = views.find(message.getAggregateIdentifier()).orElseGet(IncidentView::new);
        views.save(view.apply(message));
    }

}
