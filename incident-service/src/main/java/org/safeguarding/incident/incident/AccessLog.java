package org.safeguarding.incident.incident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.axon.DatabaseKind;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.audit.AuthenticatedRecords;
import org.safeguarding.kernel.security.CurrentActor;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who viewed or exported which incident, when and from where, and through which service
 * if one read it on their behalf. Every incident returned by any read, list, dashboard,
 * export, report or audit page is written here, one entry each, each with a MAC so that
 * one changed or added behind the service's back is found by verification.
 */
@Component
public class AccessLog implements AuthenticatedRecords {

    public enum Action {

        VIEW, TIMELINE, LIST, DASHBOARD, CHRONOLOGY_EXPORT, LADO_REFERRAL_EXPORT, INSPECTION_REPORT, AUDIT_PAGE,
        ACCESS_LOG, EVIDENCE_DOWNLOAD, SUBJECT_ACCESS, SUBJECT_ACCESS_EXPORT, RETENTION, DISPOSAL_CERTIFICATE, TRANSFER

    }

    /**
     * One read; {@code via} names the service that read it on the person's behalf, if one
     * did.
     */
    public record Entry(String username, String role, Action action, Instant at, String remoteAddress, String via) {
    }

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final AuditKeys keys;

    public AccessLog(JdbcTemplate jdbc, Clock clock, AuditKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
    }

    public void record(Actor reader, Action action, String incidentId) {
        record(reader, action, List.of(incidentId));
    }

    /** One batch, so a page of a hundred incidents costs one statement. */
    public void record(Actor reader, Action action, Collection<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String remoteAddress = MDC.get(AuditMetaData.REMOTE_ADDRESS);
        String via = CurrentActor.via().orElse(null);
        String role = reader.role() == null ? null : reader.role().name();
        jdbc.batchUpdate(
                "insert into access_log (incident_id, username, role, action, at, remote_address, via, mac) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                incidentIds.stream()
                    .distinct()
                    .map(id -> new Object[] { id, reader.username(), role, action.name(), Timestamp.from(at),
                            remoteAddress, via,
                            mac(id, reader.username(), role, action.name(), at, remoteAddress, via) })
                    .toList());
    }

    /**
     * {@code via} is covered only where there is one, so that entries written before it
     * existed still verify.
     */
    private String mac(String incidentId, String username, String role, String action, Instant at, String remoteAddress,
            String via) {
        return via == null ? keys.mac("access", incidentId, username, role, action, at, remoteAddress)
                : keys.mac("access", incidentId, username, role, action, at, remoteAddress, via);
    }

    @Override
    public Check verify() {
        var walk = new Object() {
            long entries;

            Long firstBroken;

        };
        jdbc.query("select id, incident_id, username, role, action, at, remote_address, via, mac"
                + " from access_log order by id", rs -> {
                    walk.entries++;
                    String expected = mac(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
                    if (walk.firstBroken == null && !expected.equals(rs.getString(9))) {
                        walk.firstBroken = rs.getLong(1);
                    }
                });
        return new Check("access-log", walk.entries, walk.firstBroken == null, walk.firstBroken);
    }

    /**
     * Deletes the entries made before {@code before}; each entry's MAC covers only
     * itself, so those left still verify. Answers how many.
     */
    public int purgeBefore(Instant before) {
        if (DatabaseKind.isPostgres(jdbc)) {
            Integer purged = jdbc.queryForObject("select purge_access_log(?)", Integer.class, Timestamp.from(before));
            return purged == null ? 0 : purged;
        }
        return jdbc.update("delete from access_log where at < ?", Timestamp.from(before));
    }

    public List<Entry> find(String incidentId) {
        return jdbc.query(
                "select username, role, action, at, remote_address, via from access_log where incident_id = ? "
                        + "order by at, id",
                (rs, row) -> new Entry(rs.getString(1), rs.getString(2), Action.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)),
                incidentId);
    }

}
