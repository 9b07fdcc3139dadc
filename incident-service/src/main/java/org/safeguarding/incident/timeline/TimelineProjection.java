package org.safeguarding.incident.timeline;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes every step of every incident with who, when and why, in the order it happened;
 * {@link Timeline} reads it.
 */
@Component
@ProcessingGroup(TimelineProjection.NAME)
class TimelineProjection implements RebuildableProjection {

    static final String NAME = "timeline";

    private static final String INCIDENT_AGGREGATE = "Incident";

    private static final String INSERT = "insert into timeline_entry (incident_id, seq, at, type, actor_username, "
            + "actor_role, actor_via, reason, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DomainEventMessage<?> message) {
        row(message).ifPresent(row -> jdbc.update(INSERT, row));
        forgetBeforeDisposal(message);
    }

    /**
     * A replay appends the batch's rows in one statement, then forgets what came before
     * each disposal in it, as handling them one by one would.
     */
    @Override
    public void replay(List<? extends EventMessage<?>> events, EventMessageHandler handlers) {
        jdbc.batchUpdate(INSERT, events.stream().map(TimelineProjection::row).flatMap(Optional::stream).toList());
        events.forEach(TimelineProjection.this::forgetBeforeDisposal);
    }

    /**
     * A disposed record keeps one step: its disposal. What was said and who it was about
     * leave the chronology.
     */
    private void forgetBeforeDisposal(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> step && step.getPayload() instanceof IncidentDisposed) {
            jdbc.update("delete from timeline_entry where incident_id = ? and seq < ?", step.getAggregateIdentifier(),
                    step.getSequenceNumber());
        }
    }

    private static Optional<Object[]> row(EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> step) || !INCIDENT_AGGREGATE.equals(step.getType())) {
            return Optional.empty();
        }
        Actor actor = AuditMetaData.actorOf(step.getMetaData());
        return Optional.of(new Object[] { step.getAggregateIdentifier(), step.getSequenceNumber(),
                Timestamp.from(step.getTimestamp()), step.getPayloadType().getSimpleName(), actor.username(),
                actor.role() == null ? null : actor.role().name(), AuditMetaData.viaOf(step.getMetaData()),
                AuditMetaData.reasonOf(step.getMetaData()), TimelineSummary.of(step.getPayload()) });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from timeline_entry");
    }

}
