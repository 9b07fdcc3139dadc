package org.safeguarding.incident.timeline;

import java.sql.Timestamp;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.incident.replay.RebuildableProjection;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every step of every incident with who, when and why, in the order it happened. */
@Component
@ProcessingGroup(TimelineProjection.NAME)
public class TimelineProjection implements RebuildableProjection {

    public static final String NAME = "timeline";
    private static final String INCIDENT_AGGREGATE = "Incident";

    private final JdbcTemplate jdbc;

    public TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!INCIDENT_AGGREGATE.equals(message.getType())) {
            return;
        }
        Actor actor = AuditMetaData.actorOf(message.getMetaData());
        jdbc.update("insert into timeline_entry (incident_id, seq, at, type, actor_username, actor_role, actor_via, reason, "
                        + "summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                message.getAggregateIdentifier(), message.getSequenceNumber(), Timestamp.from(message.getTimestamp()),
                event.getClass().getSimpleName(), actor.username(), actor.role() == null ? null : actor.role().name(),
                AuditMetaData.viaOf(message.getMetaData()), AuditMetaData.reasonOf(message.getMetaData()),
                TimelineSummary.of(event));
    }

    public List<TimelineEntry> find(String incidentId) {
        return jdbc.query("select seq, at, type, actor_username, actor_role, actor_via, reason, summary from timeline_entry "
                        + "where incident_id = ? order by seq",
                (rs, row) -> new TimelineEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        new TimelineEntry.ActorRef(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7),
                        rs.getString(8)),
                incidentId);
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
