package org.safeguarding.kernel.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The tamper-evident chain over the whole event store. Every stored event is sealed, in the transaction that
 * stores it, with a SHA-256 link over its position, aggregate id and sequence, type, timestamp, serialized
 * payload and metadata, and the previous link. Verification recomputes every link from the rows as they are
 * now: a changed, deleted or inserted row breaks the chain at that event.
 */
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    public enum Problem { CHANGED, DELETED, INSERTED }

    public record BrokenLink(long position, long globalIndex, String eventIdentifier, String aggregateIdentifier,
                             Long sequenceNumber, Problem problem) {
    }

    public record Verification(boolean valid, long events, String head, BrokenLink firstBroken) {
    }

    private static final String EVENT_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Seals the just-stored events; runs inside their transaction, holding the chain head so links stay in order. */
    public void seal(Collection<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return;
        }
        var head = jdbc.queryForObject("select position, hash from audit_chain_head where id = 1 for update",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)});
        long position = (Long) head[0];
        String previous = (String) head[1];
        List<StoredEvent> stored = named.query("select " + EVENT_COLUMNS + " from domain_event_entry e "
                        + "where e.event_identifier in (:ids) order by e.global_index",
                java.util.Map.of("ids", eventIdentifiers), (rs, row) -> StoredEvent.from(rs));
        for (StoredEvent event : stored) {
            position++;
            previous = link(previous, event);
            jdbc.update("insert into audit_chain (position, global_index, hash) values (?, ?, ?)",
                    position, event.globalIndex(), previous);
        }
        jdbc.update("update audit_chain_head set position = ?, hash = ? where id = 1", position, previous);
    }

    /** Recomputes the chain from the event store as it is now. */
    public Verification verify() {
        var walk = new Walk();
        jdbc.query("select c.position, c.global_index, c.hash, " + EVENT_COLUMNS + " from audit_chain c "
                + "left join domain_event_entry e on e.global_index = c.global_index order by c.position", walk);
        if (walk.firstBroken == null) {
            List<BrokenLink> unsealed = jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e "
                            + "where not exists (select 1 from audit_chain c where c.global_index = e.global_index) "
                            + "order by e.global_index",
                    (rs, row) -> {
                        StoredEvent event = StoredEvent.from(rs);
                        return new BrokenLink(-1, event.globalIndex(), event.eventIdentifier(),
                                event.aggregateIdentifier(), event.sequenceNumber(), Problem.INSERTED);
                    });
            if (!unsealed.isEmpty()) {
                walk.firstBroken = unsealed.get(0);
            }
        }
        return new Verification(walk.firstBroken == null, walk.events, walk.head, walk.firstBroken);
    }

    public record Head(long events, String hash) {
    }

    /** The head as it stands: the link of the newest event, to print on a report for a later reader to check. */
    public Head head() {
        return jdbc.queryForObject("select position, hash from audit_chain_head where id = 1",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    private static final class Walk implements RowCallbackHandler {

        private String head = GENESIS;
        private String recomputed = GENESIS;
        private long events;
        private BrokenLink firstBroken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long position = rs.getLong("position");
            long globalIndex = rs.getLong(2);
            String stored = rs.getString("hash");
            events++;
            head = stored;
            if (firstBroken != null) {
                return;
            }
            if (rs.getString("event_identifier") == null) {
                firstBroken = new BrokenLink(position, globalIndex, null, null, null, Problem.DELETED);
                return;
            }
            StoredEvent event = StoredEvent.from(rs);
            recomputed = link(recomputed, event);
            if (!recomputed.equals(stored)) {
                firstBroken = new BrokenLink(position, globalIndex, event.eventIdentifier(), event.aggregateIdentifier(),
                        event.sequenceNumber(), Problem.CHANGED);
            }
        }
    }

    private record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                               String type, String timestamp, String payloadType, String payloadRevision,
                               byte[] payload, byte[] metaData) {

        static StoredEvent from(ResultSet rs) throws SQLException {
            return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                    rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                    rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                    rs.getBytes("payload"), rs.getBytes("meta_data"));
        }
    }

    static String link(String previous, StoredEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            field(sha256, previous);
            field(sha256, Long.toString(event.globalIndex()));
            field(sha256, event.eventIdentifier());
            field(sha256, event.aggregateIdentifier());
            field(sha256, String.valueOf(event.sequenceNumber()));
            field(sha256, event.type());
            field(sha256, event.timestamp());
            field(sha256, event.payloadType());
            field(sha256, event.payloadRevision());
            field(sha256, event.payload());
            field(sha256, event.metaData());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(MessageDigest digest, String value) {
        field(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so that no two different rows hash the same input. */
    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }
}
