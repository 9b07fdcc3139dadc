package org.safeguarding.incident.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.api.incident.DisposalApproved;
import org.safeguarding.kernel.api.incident.DisposalProposed;
import org.safeguarding.kernel.api.incident.DisposalRejected;
import org.safeguarding.kernel.api.incident.RecordDisposed;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every disposal and where it stands, in the transaction that stores its events. */
@Component
@ProcessingGroup(DisposalsProjection.NAME)
class DisposalsProjection implements RebuildableProjection {

    static final String NAME = "disposals";

    private static final String COLUMNS = "disposal_id, rule, incident_ids, proposed_by, proposed_at, status, "
            + "decided_by, decided_at, reason, disposed_at, disposed";

    private final JdbcTemplate jdbc;

    DisposalsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DisposalProposed proposed) {
        jdbc.update(
                "insert into disposal (disposal_id, rule, incident_ids, proposed_by, proposed_at, status) "
                        + "values (?, ?, ?, ?, ?, ?)",
                proposed.disposalId(), proposed.rule().name(), String.join(",", proposed.incidentIds()),
                proposed.proposedBy(), Timestamp.from(proposed.proposedAt()), Disposal.Status.PROPOSED.name());
    }

    @EventHandler
    void on(DisposalApproved approved) {
        decided(approved.disposalId(), Disposal.Status.APPROVED, approved.approvedBy(), approved.approvedAt(), null);
    }

    @EventHandler
    void on(DisposalRejected rejected) {
        decided(rejected.disposalId(), Disposal.Status.REJECTED, rejected.rejectedBy(), rejected.rejectedAt(),
                rejected.reason());
    }

    @EventHandler
    void on(RecordDisposed disposed) {
        jdbc.update("update disposal set status = ?, disposed_at = ?, disposed = ? where disposal_id = ?",
                Disposal.Status.DISPOSED.name(), Timestamp.from(disposed.disposedAt()), disposed.count(),
                disposed.disposalId());
    }

    private void decided(String id, Disposal.Status status, String by, Instant at, String reason) {
        jdbc.update("update disposal set status = ?, decided_by = ?, decided_at = ?, reason = ? where disposal_id = ?",
                status.name(), by, Timestamp.from(at), reason, id);
    }

    List<DisposalView> all() {
        return jdbc.query("select " + COLUMNS + " from disposal order by proposed_at desc, disposal_id",
                (rs, row) -> view(rs));
    }

    Optional<DisposalView> find(String id) {
        return jdbc.query("select " + COLUMNS + " from disposal where disposal_id = ?", (rs, row) -> view(rs), id)
            .stream()
            .findFirst();
    }

    private static DisposalView view(ResultSet rs) throws SQLException {
        return new DisposalView(rs.getString(1), RetentionRule.valueOf(rs.getString(2)),
                Arrays.asList(rs.getString(3).split(",")), rs.getString(4), rs.getTimestamp(5).toInstant(),
                Disposal.Status.valueOf(rs.getString(6)), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9),
                instant(rs.getTimestamp(10)), (Integer) rs.getObject(11));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        jdbc.update("delete from disposal");
    }

}
