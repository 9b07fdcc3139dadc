package org.safeguarding.incident.incident;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.springframework.stereotype.Component;

/**
 * The clocks open incidents are waiting on, for the service's own bookkeeping (the
 * deadline reconciler): ids, kinds and times only, no case file, so no person reads
 * anything here and nothing is logged.
 */
@Component
public class OpenDeadlines {

    /** A deadline not yet missed, and when its incident last changed. */
    public record Running(String incidentId, DeadlineKind kind, Instant due, Instant incidentUpdatedAt) {
    }

    private final IncidentViewRepository views;

    OpenDeadlines(IncidentViewRepository views) {
        this.views = views;
    }

    public List<Running> running() {
        return views.findOpen()
            .stream()
            .flatMap(view -> view.deadlines()
                .stream()
                .filter(deadline -> !deadline.overdue())
                .map(deadline -> new Running(view.id(), deadline.kind(), deadline.due(), view.updatedAt())))
            .toList();
    }

}
