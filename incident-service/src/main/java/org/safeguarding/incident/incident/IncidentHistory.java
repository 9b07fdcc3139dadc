package org.safeguarding.incident.incident;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An incident as it stood at an instant, replayed from its events with the projection's
 * own fold.
 */
@Component
public class IncidentHistory {

    private final EventStore eventStore;

    public IncidentHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<IncidentView> asOf(String incidentId, Instant asOf) {
        DomainEventStream events = eventStore.readEvents(incidentId);
        IncidentView view = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            view = (view == null ? new IncidentView() : view).apply(event);
        }
        return Optional.ofNullable(view).map(found -> found.withDeadlinesAsOf(asOf));
    }

}
