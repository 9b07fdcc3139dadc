package org.safeguarding.post.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.api.post.ContentDisposalApproved;
import org.safeguarding.kernel.api.post.ContentDisposalProposed;
import org.safeguarding.kernel.api.post.ContentDisposalRejected;
import org.safeguarding.kernel.api.post.ContentRecordsDisposed;
import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.safeguarding.kernel.retention.DisposalStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each disposal of content, its second pair of eyes and its outcome, written in the
 * transaction of each step and rebuilt from the Disposal's events like every view.
 */
@Component
@ProcessingGroup(DisposalProjection.NAME)
class DisposalProjection implements RebuildableProjection {

    static final String NAME = "content-disposals";

    private static final String COLUMNS = "disposal_id, rule, content_ids, proposed_by, proposed_at, status, "
            + "decided_by, decided_at, reason, disposed_at, disposed";

    private final JdbcTemplate jdbc;

    DisposalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContentDisposalProposed proposed) {
        jdbc.update(
                "insert into content_disposal (disposal_id, rule, content_ids, proposed_by, proposed_at, status) "
                        + "values (?, ?, ?, ?, ?, ?)",
                proposed.disposalId(), proposed.rule().name(), String.join(",", proposed.contentIds()),
                proposed.proposedBy(), Timestamp.from(proposed.proposedAt()), DisposalStatus.PROPOSED.name());
    }

    @EventHandler
    void on(ContentDisposalApproved approved) {
        decided(approved.disposalId(), DisposalStatus.APPROVED, approved.approvedBy(), approved.approvedAt(), null);
    }

    @EventHandler
    void on(ContentDisposalRejected rejected) {
        decided(rejected.disposalId(), DisposalStatus.REJECTED, rejected.rejectedBy(), rejected.rejectedAt(),
                rejected.reason());
    }

    @EventHandler
    void on(ContentRecordsDisposed disposed) {
        jdbc.update("update content_disposal set status = ?, disposed_at = ?, disposed = ? where disposal_id = ?",
                DisposalStatus.DISPOSED.name(), Timestamp.from(disposed.disposedAt()), disposed.count(),
                disposed.disposalId());
    }

    private void decided(String id, DisposalStatus status, String by, Instant at, String reason) {
        jdbc.update("update content_disposal set status = ?, decided_by = ?, decided_at = ?, reason = ? "
                + "where disposal_id = ?", status.name(), by, Timestamp.from(at), reason, id);
    }

    List<DisposalView> disposals() {
        return jdbc.query("select " + COLUMNS + " from content_disposal order by proposed_at desc, disposal_id",
                (rs, row) -> view(rs));
    }

    Optional<DisposalView> disposal(String id) {
        return jdbc
            .query("select " + COLUMNS + " from content_disposal where disposal_id = ?", (rs, row) -> view(rs), id)
            .stream()
            .findFirst();
    }

    private static DisposalView view(ResultSet rs) throws SQLException {
        return new DisposalView(rs.getString(1), ContentRetentionRule.valueOf(rs.getString(2)),
                Arrays.asList(rs.getString(3).split(",")), rs.getString(4), rs.getTimestamp(5).toInstant(),
                DisposalStatus.valueOf(rs.getString(6)), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9),
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
        jdbc.update("delete from content_disposal");
    }

}
