package org.safeguarding.incident.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who viewed or exported which incident, when and from where. Every read of an incident is written here. */
@Component
public class AccessLog {

    public enum Action { VIEW, TIMELINE, CHRONOLOGY_EXPORT, LADO_REFERRAL_EXPORT, AUDIT_PAGE, ACCESS_LOG }

    public record Entry(String username, String role, Action action, Instant at, String remoteAddress) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Actor reader, Action action, String incidentId) {
        record(reader, action, List.of(incidentId));
    }

    public void record(Actor reader, Action action, Collection<String> incidentIds) {
        Timestamp at = Timestamp.from(clock.instant());
        String remoteAddress = MDC.get(AuditMetaData.REMOTE_ADDRESS);
        String role = reader.role() == null ? null : reader.role().name();
        jdbc.batchUpdate("insert into access_log (incident_id, username, role, action, at, remote_address) "
                        + "values (?, ?, ?, ?, ?, ?)",
                incidentIds.stream().distinct()
                        .map(id -> new Object[] {id, reader.username(), role, action.name(), at, remoteAddress})
                        .toList());
    }

    public List<Entry> find(String incidentId) {
        return jdbc.query("select username, role, action, at, remote_address from access_log where incident_id = ? "
                        + "order by at, id",
                (rs, row) -> new Entry(rs.getString(1), rs.getString(2), Action.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)),
                incidentId);
    }
}
