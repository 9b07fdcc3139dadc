package org.safeguarding.kernel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.problem.CommonRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the record as it is now: every event against its MAC, every link against the one
 * before it, every checkpoint against its signature and the chain, and a checkpoint
 * someone kept against today's chain.
 */
public class AuditVerifier {

    /**
     * Who reads the record's verification and checkpoints, on the API and on the pages.
     */
    public static final String READERS = "hasAnyRole('GOVERNOR', 'DSL', 'HEADTEACHER')";

    /** A chain head as checkpoints give it: SHA-256, in lower-case hex. */
    public static final String HEAD = "[0-9a-f]{64}";

    /**
     * A checkpoint someone kept, to look for on today's chain, with the rules its two
     * parts keep wherever they are typed in.
     */
    public record CheckpointToCheck(@Min(1) Long position, @Pattern(regexp = HEAD) String head) {
    }

    public enum Problem {

        /** The event or its link no longer matches what the service wrote. */
        CHANGED,
        /** A sealed event, or a link, is missing. */
        DELETED,
        /** An event the service did not write (no valid MAC). */
        INSERTED,
        /** The chain is shorter than a checkpoint says: its tail was cut. */
        CUT,
        /** The chain holds a different link where a checkpoint says what it was. */
        REWRITTEN,
        /**
         * A stored checkpoint whose signature does not verify with the service's public
         * key.
         */
        FORGED_CHECKPOINT

    }

    public record BrokenLink(Long position, Long globalIndex, String eventIdentifier, String aggregateIdentifier,
            Long sequenceNumber, Problem problem) {

        static BrokenLink at(long position, Problem problem) {
            return new BrokenLink(position, null, null, null, null, problem);
        }
    }

    public record KeptCheckpoint(long position, String head, boolean onChain) {
    }

    /**
     * {@code events}: events in the store; {@code position}/{@code head}: the chain's
     * newest link; {@code pending}: authentic events the sealer has not reached yet.
     */
    public record Verification(boolean valid, long events, long position, String head, BrokenLink firstBroken,
            long pending, long checkpoints, KeptCheckpoint keptCheckpoint, List<AuthenticatedRecords.Check> records) {
    }

    private static final String WALK = "select l.position, l.global_index as link_index, l.link, " + StoredEvent.COLUMNS
            + " from audit_link l left join domain_event_entry e on e.global_index = l.global_index"
            + " order by l.position";

    /** Where the walk's rows hold the event, after position, link_index and link. */
    private static final int WALKED_EVENT = 4;

    private static final String UNSEALED = "select e.global_index, " + StoredEvent.COLUMNS
            + " from domain_event_entry e "
            + "where not exists (select 1 from audit_link l where l.global_index = e.global_index)"
            + " order by e.global_index";

    private static final String NEWER_THAN_SEALED = "select e.global_index, " + StoredEvent.COLUMNS
            + " from domain_event_entry e where e.global_index > ? order by e.global_index";

    /** Where the unsealed rows hold the event, after global_index. */
    private static final int UNSEALED_EVENT = 2;

    private final JdbcTemplate streaming;

    private final TransactionTemplate readOnly;

    private final AuditKeys keys;

    private final AuditChain chain;

    private final Checkpoints checkpoints;

    private final List<AuthenticatedRecords> otherRecords;

    AuditVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys, AuditChain chain,
            Checkpoints checkpoints, List<AuthenticatedRecords> otherRecords) {
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.keys = keys;
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.otherRecords = otherRecords;
    }

    /**
     * Verifies everything; with a kept checkpoint ({@code keptPosition},
     * {@code keptHead}), checks it is on the chain. A kept checkpoint needs both.
     */
    public Verification verify(Long keptPosition, String keptHead) {
        if ((keptPosition == null) != (keptHead == null)) {
            throw new RuleViolation(CommonRule.KEPT_CHECKPOINT_INCOMPLETE,
                    "A kept checkpoint is given by both its position and its head");
        }
        return readOnly.execute(status -> {
            List<Checkpoints.Checkpoint> stored = checkpoints.all();
            var walk = new Walk(stored.stream().map(Checkpoints.Checkpoint::position).toList());
            if (keptPosition != null) {
                walk.linksWanted.put(keptPosition, null);
            }
            streaming.query(WALK, walk);
            BrokenLink chainProblem = walk.finish();
            var unsealed = new Unsealed();
            long newest = walk.sealedUpTo;
            long inStore = streaming.queryForObject("select count(*) from domain_event_entry", Long.class);
            long newer = streaming.queryForObject("select count(*) from domain_event_entry where global_index > ?",
                    Long.class, newest);
            if (inStore == walk.events + newer) {
                streaming.query(NEWER_THAN_SEALED, unsealed, newest);
            }
            else {
                streaming.query(UNSEALED, unsealed);
            }

            BrokenLink checkpointProblem = stored.stream()
                .map(checkpoint -> check(checkpoint, walk))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
            KeptCheckpoint kept = keptPosition == null ? null
                    : new KeptCheckpoint(keptPosition, keptHead, keptHead.equals(walk.linksWanted.get(keptPosition)));
            BrokenLink keptProblem = kept == null || kept.onChain() ? null : keptPosition > walk.position
                    ? BrokenLink.at(walk.position + 1, Problem.CUT) : BrokenLink.at(keptPosition, Problem.REWRITTEN);
            List<AuthenticatedRecords.Check> records = otherRecords.stream().map(AuthenticatedRecords::verify).toList();

            BrokenLink firstBroken = Stream.of(chainProblem, unsealed.firstBroken, checkpointProblem, keptProblem)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
            boolean valid = firstBroken == null && records.stream().allMatch(AuthenticatedRecords.Check::valid);
            return new Verification(valid, walk.events + unsealed.events, walk.position, walk.head, firstBroken,
                    unsealed.authentic, stored.size(), kept, records);
        });
    }

    private BrokenLink check(Checkpoints.Checkpoint checkpoint, Walk walk) {
        if (!checkpoints.authentic(checkpoint)) {
            return BrokenLink.at(checkpoint.position(), Problem.FORGED_CHECKPOINT);
        }
        if (checkpoint.position() > walk.position) {
            return BrokenLink.at(walk.position + 1, Problem.CUT);
        }
        return checkpoint.head().equals(walk.linksWanted.get(checkpoint.position())) ? null
                : BrokenLink.at(checkpoint.position(), Problem.REWRITTEN);
    }

    /**
     * Reads the chain in order on the caller's thread, checking its shape (no position
     * missing, no event missing), and hands the MAC checks, in chunks, to another core:
     * the reading and the hashing then overlap.
     */
    private final class Walk implements RowCallbackHandler {

        private static final int CHUNK = 2_000;

        final Map<Long, String> linksWanted = new HashMap<>();

        long position;

        String head = AuditChain.GENESIS;

        long events;

        long sealedUpTo = -1;

        BrokenLink firstBroken;

        private List<SealedEvent> chunk = new ArrayList<>(CHUNK);

        private final List<CompletableFuture<BrokenLink>> checks = new ArrayList<>();

        Walk(List<Long> checkpointPositions) {
            checkpointPositions.forEach(wanted -> linksWanted.put(wanted, null));
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long at = rs.getLong(1);
            long globalIndex = rs.getLong(2);
            String link = rs.getString(3);
            boolean eventPresent = rs.getString(WALKED_EVENT) != null;
            if (firstBroken == null) {
                if (at != position + 1) {
                    firstBroken = BrokenLink.at(position + 1, Problem.DELETED);
                }
                else if (!eventPresent) {
                    firstBroken = new BrokenLink(at, globalIndex, null, null, null, Problem.DELETED);
                }
                else {
                    chunk.add(new SealedEvent(at, globalIndex, link, head, rs.getString(WALKED_EVENT + StoredEvent.MAC),
                            StoredEvent.from(rs, WALKED_EVENT)));
                    if (chunk.size() == CHUNK) {
                        submit();
                    }
                }
            }
            if (eventPresent) {
                events++;
            }
            sealedUpTo = Math.max(sealedUpTo, globalIndex);
            if (linksWanted.containsKey(at)) {
                linksWanted.put(at, link);
            }
            position = at;
            head = link;
        }

        private void submit() {
            if (checks.size() >= 4) {
                checks.get(checks.size() - 4).join();
            }
            List<SealedEvent> full = chunk;
            checks.add(CompletableFuture.supplyAsync(() -> full.stream()
                .map(event -> event.problem(keys, chain))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null)));
            chunk = new ArrayList<>(CHUNK);
        }

        /**
         * The first broken position: of the chain's shape, or of any event's MAC or link
         * before it.
         */
        BrokenLink finish() {
            submit();
            return Stream.concat(checks.stream().map(CompletableFuture::join), Stream.of(firstBroken))
                .filter(Objects::nonNull)
                .min(Comparator.comparing(BrokenLink::position))
                .orElse(null);
        }

    }

    /** A sealed event with its link and the link before it, checkable on its own. */
    private record SealedEvent(long position, long globalIndex, String link, String previous, String mac,
            StoredEvent event) {

        BrokenLink problem(AuditKeys keys, AuditChain chain) {
            Problem problem = mac == null ? Problem.INSERTED
                    : !mac.equals(event.mac(keys)) || !link.equals(chain.link(position, globalIndex, mac, previous))
                            ? Problem.CHANGED : null;
            return problem == null ? null : new BrokenLink(position, globalIndex, event.eventIdentifier(),
                    event.aggregateIdentifier(), event.sequenceNumber(), problem);
        }
    }

    private final class Unsealed implements RowCallbackHandler {

        long events;

        long authentic;

        BrokenLink firstBroken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            events++;
            StoredEvent event = StoredEvent.from(rs, UNSEALED_EVENT);
            if (event.mac(keys).equals(rs.getString(UNSEALED_EVENT + StoredEvent.MAC))) {
                authentic++;
            }
            else if (firstBroken == null) {
                firstBroken = new BrokenLink(null, rs.getLong(1), event.eventIdentifier(), event.aggregateIdentifier(),
                        event.sequenceNumber(), Problem.INSERTED);
            }
        }

    }

}
