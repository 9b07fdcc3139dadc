package org.safeguarding.post.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.PupilConsentRecorded;
import org.safeguarding.kernel.api.post.WrittenConsent;
import org.safeguarding.kernel.api.post.WrittenConsentRecorded;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.springframework.stereotype.Component;

/**
 * A pupil's consent as it was changed, read from the pupil's own events: nothing of it is
 * kept anywhere else, so the history is the record itself.
 */
@Component
class ConsentHistory {

    /** One change: the consent as recorded, or the written consent behind it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(long seq, Instant at, String type, ActorView actor, String reason, String name, Boolean photoConsent,
            Boolean noPhotoList, WrittenConsent writtenConsent) {
    }

    record ActorView(String username, String role) {
    }

    private final EventStore eventStore;

    ConsentHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    List<Entry> of(String ref) {
        List<Entry> entries = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(ref);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            Actor actor = AuditMetaData.actorOf(event.getMetaData());
            ActorView by = new ActorView(actor.username(), actor.role() == null ? null : actor.role().name());
            String reason = AuditMetaData.reasonOf(event.getMetaData());
            if (event.getPayload() instanceof PupilConsentRecorded recorded) {
                entries.add(new Entry(event.getSequenceNumber(), event.getTimestamp(), "CONSENT_RECORDED", by, reason,
                        recorded.name(), recorded.photoConsent(), recorded.noPhotoList(), null));
            }
            else if (event.getPayload() instanceof WrittenConsentRecorded written) {
                entries.add(new Entry(event.getSequenceNumber(), event.getTimestamp(), "WRITTEN_CONSENT_RECORDED", by,
                        reason, null, null, null, written.writtenConsent()));
            }
        }
        if (entries.isEmpty()) {
            throw new RuleViolation(ConsentProblem.PUPIL_NOT_FOUND, "No such pupil ref");
        }
        return entries;
    }

}
