package org.safeguarding.incident.timeline;

import java.util.List;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.Sight;
import org.safeguarding.kernel.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An incident's chronology as {@link TimelineProjection} keeps it: how the timeline call,
 * the case page and the exports read it. {@link #find} checks no need to know, its
 * callers do; {@link #read} does.
 */
@Component
public class Timeline {

    private final JdbcTemplate jdbc;

    private final IncidentAccess access;

    Timeline(JdbcTemplate jdbc, IncidentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The chronology as the reader may see it, the reading logged: the whole of it with
     * the case file, a reporter's part without.
     */
    public List<TimelineEntry> read(Actor reader, String incidentId) {
        Sight sight = access.read(reader, incidentId, AccessLog.Action.TIMELINE).sight();
        List<TimelineEntry> entries = find(incidentId);
        return sight == Sight.CASE_FILE ? entries : ReportersTimeline.of(entries, reader.username());
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
