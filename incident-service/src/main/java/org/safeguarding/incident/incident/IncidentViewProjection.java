package org.safeguarding.incident.incident;

import org.axonframework.config.ProcessingGroup;
import org.safeguarding.kernel.projection.ViewProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored incident views in step with the event store, in the same transaction
 * as the events.
 */
@Component
@ProcessingGroup(IncidentViewProjection.NAME)
class IncidentViewProjection extends ViewProjection<IncidentView> {

    static final String NAME = "incident-views";

    IncidentViewProjection(IncidentViewRepository views) {
        super(NAME, Incident.class, views, IncidentView::new, IncidentView::apply);
    }

}
