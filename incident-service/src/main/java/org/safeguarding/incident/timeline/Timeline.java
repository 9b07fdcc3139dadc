package org.safeguarding.incident.timeline;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An incident's chronology as {@link TimelineProjection} keeps it: how the timeline call
 * and the exports read it. It checks no need to know; its callers do.
 */
@Component
public class Timeline {

    private final JdbcTemplate jdbc;

    Timeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every step of the incident, in the order it happened. */
    public List<TimelineEntry> find(String incidentId) {
        return jdbc.query(
                "select seq, at, type, actor_username, actor_role, actor_via, reason, summary"
                        + " from timeline_entry where incident_id = ? order by seq",
                (rs, row) -> new TimelineEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        new TimelineEntry.ActorRef(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7),
                        rs.getString(8)),
                incidentId);
    }

}
