package org.safeguarding.incident.retention;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.privacy.SubjectKeys;
import org.springframework.stereotype.Component;

/**
 * A disposed record's key is erased in the transaction that records the disposal: every
 * personal field of its events, in the store and in every replay or export made from it,
 * reads as erased from then on, while the events, their MACs and the chain stay as they
 * were.
 */
@Component
@ProcessingGroup(SubjectKeyErasure.NAME)
class SubjectKeyErasure {

    static final String NAME = "subject-key-erasure";

    private final SubjectKeys keys;

    SubjectKeyErasure(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(IncidentDisposed disposed) {
        keys.erase(disposed.incidentId());
    }

}
