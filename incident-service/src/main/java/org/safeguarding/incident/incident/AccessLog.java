package org.safeguarding.incident.incident;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.axon.DatabaseKind;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.audit.AuthenticatedRecords;
import org.safeguarding.kernel.security.CurrentActor;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who viewed or exported which incident, when and from where, and through which service
 * if one read it on their behalf. Every incident returned by any read, list, dashboard,
 * export, report or audit page is written here, one entry each, each with a MAC so that
 * one changed or added behind the service's back is found by verification. Every few
 * minutes the entries written since are sealed into the event store
 * ({@link AccessLogSealed}), so that one deleted, or the newest cut off with the events
 * after them, is found too; a purge at the end of the retention period is recorded there
 * as well ({@link AccessLogPurged}).
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

    /** The aggregate whose events seal the access log and record its purges. */
    static final String SEALS = "access-log";

    private static final String SEALS_TYPE = "AccessLog";

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final AuditKeys keys;

    private final EventBus events;

    private final Serializer serializer;

    private final TransactionTemplate transaction;

    private final Duration settled;

    /**
     * @param settled how old the newest entry of a seal must be: an entry still being
     * written may have a lower id than one already stored
     */
    public AccessLog(JdbcTemplate jdbc, Clock clock, AuditKeys keys, EventBus events,
            @Qualifier("eventSerializer") Serializer serializer, PlatformTransactionManager transactions,
            @Value("${safeguarding.access-log.settled-after:PT1M}") Duration settled) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.events = events;
        this.serializer = serializer;
        this.transaction = new TransactionTemplate(transactions);
        this.settled = settled;
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

    /**
     * Seals the entries written since the last seal, up to those a minute old, into the
     * event store; answers the seal, if there was anything to seal. One instance at a
     * time runs it (a db-scheduler task); two seals at once would clash on the sequence.
     */
    public Optional<AccessLogSealed> seal() {
        return transaction.execute(status -> {
            Latest latest = latest();
            long after = latest.sealedThrough();
            Long through = jdbc.queryForObject("select max(id) from access_log where id > ? and at < ?", Long.class,
                    after, Timestamp.from(clock.instant().minus(settled)));
            if (through == null) {
                return Optional.<AccessLogSealed>empty();
            }
            var digest = new SealDigest(after);
            jdbc.query("select id, mac, at from access_log where id > ? and id <= ? order by id",
                    (RowCallbackHandler) rs -> digest.add(rs.getLong(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant()),
                    after, through);
            AccessLogSealed sealed = new AccessLogSealed(after, through, digest.entries, digest.oldest, digest.hex());
            append(latest.nextSequence(), sealed, "The access log's newest entries are sealed every few minutes");
            return Optional.of(sealed);
        });
    }

    /**
     * Every entry against its MAC, and every seal against the entries it covers, unless a
     * purge may have taken some of them. The seals are read first: the entries they cover
     * are stored by then.
     */
    @Override
    public Check verify() {
        Sealing history = history();
        var walk = new RowCallbackHandler() {

            long entries;

            Long firstBroken;

            int seal;

            SealDigest digest;

            @Override
            public void processRow(ResultSet rs) throws SQLException {
                long id = rs.getLong(1);
                entries++;
                String mac = rs.getString(9);
                String expected = mac(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
                if (!expected.equals(mac)) {
                    broken(id);
                }
                closeSealsBefore(id);
                if (digest != null) {
                    digest.add(id, mac, rs.getTimestamp(6).toInstant());
                }
            }

            /**
             * Checks each seal that ends before {@code id}, and opens the one it is in.
             */
            void closeSealsBefore(long id) {
                while (seal < history.seals.size() && history.seals.get(seal).through() < id) {
                    check(history.seals.get(seal++));
                }
                if (digest == null && seal < history.seals.size() && history.seals.get(seal).after() < id) {
                    digest = new SealDigest(history.seals.get(seal).after());
                }
            }

            void check(AccessLogSealed sealed) {
                SealDigest found = digest == null ? new SealDigest(sealed.after()) : digest;
                digest = null;
                boolean purgedSince = sealed.oldest() != null && sealed.oldest().isBefore(history.purgedBefore);
                if (!purgedSince && (found.entries != sealed.entries() || !found.hex().equals(sealed.digest()))) {
                    broken(sealed.after() + 1);
                }
            }

            void broken(long id) {
                if (firstBroken == null || id < firstBroken) {
                    firstBroken = id;
                }
            }
        };
        jdbc.query("select id, incident_id, username, role, action, at, remote_address, via, mac"
                + " from access_log order by id", walk);
        walk.closeSealsBefore(Long.MAX_VALUE);
        return new Check("access-log", walk.entries, walk.firstBroken == null, walk.firstBroken);
    }

    /**
     * Deletes the entries made before {@code before} and records the purge with the
     * seals, in one transaction; each entry's MAC covers only itself, so those left still
     * verify. Answers how many.
     */
    public int purgeBefore(Instant before) {
        Integer purged = transaction.execute(status -> {
            int deleted;
            if (DatabaseKind.isPostgres(jdbc)) {
                Integer count = jdbc.queryForObject("select purge_access_log(?)", Integer.class,
                        Timestamp.from(before));
                deleted = count == null ? 0 : count;
            }
            else {
                deleted = jdbc.update("delete from access_log where at < ?", Timestamp.from(before));
            }
            if (deleted > 0) {
                append(latest().nextSequence(), new AccessLogPurged(before, deleted),
                        "Access-log entries past their retention period");
            }
            return deleted;
        });
        return purged == null ? 0 : purged;
    }

    /** The seals so far, in order, and the latest purge: read from the event store. */
    private Sealing history() {
        var history = new Sealing();
        jdbc.query("select payload_type, payload_revision, payload from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", rs -> {
                    Object event = deserialize(rs);
                    if (event instanceof AccessLogSealed sealed) {
                        history.seals.add(sealed);
                    }
                    else if (event instanceof AccessLogPurged purged && purged.before().isAfter(history.purgedBefore)) {
                        history.purgedBefore = purged.before();
                    }
                }, SEALS);
        return history;
    }

    /**
     * The last entry of the newest seal (0 before the first), and the sequence the next
     * seal or purge takes: two index lookups, not the whole history.
     */
    private record Latest(long sealedThrough, long nextSequence) {
    }

    private Latest latest() {
        Long newest = jdbc.queryForObject(
                "select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class,
                SEALS);
        List<Object> newestSeal = jdbc.query(
                "select payload_type, payload_revision, payload from domain_event_entry "
                        + "where aggregate_identifier = ? and payload_type = ? order by sequence_number desc "
                        + "fetch first 1 rows only",
                (rs, row) -> deserialize(rs), SEALS, AccessLogSealed.class.getName());
        return new Latest(newestSeal.isEmpty() ? 0 : ((AccessLogSealed) newestSeal.get(0)).through(),
                newest == null ? 0 : newest + 1);
    }

    private Object deserialize(ResultSet rs) throws SQLException {
        return serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes("payload"), byte[].class,
                rs.getString("payload_type"), rs.getString("payload_revision")));
    }

    private void append(long sequence, Object event, String reason) {
        events.publish(new GenericDomainEventMessage<>(SEALS_TYPE, SEALS, sequence, event,
                AuditMetaData.of(Actor.SYSTEM, reason)));
    }

    private static final class Sealing {

        final List<AccessLogSealed> seals = new ArrayList<>();

        Instant purgedBefore = Instant.MIN;

    }

    /** SHA-256 over the ids and MACs of the entries of one seal, in order. */
    private static final class SealDigest {

        private final MessageDigest sha256;

        long entries;

        Instant oldest;

        SealDigest(long after) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(after).array());
        }

        void add(long id, String mac, Instant at) {
            entries++;
            oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(id).array());
            sha256.update(mac.getBytes(StandardCharsets.US_ASCII));
        }

        String hex() {
            return HexFormat.of().formatHex(sha256.digest());
        }

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
