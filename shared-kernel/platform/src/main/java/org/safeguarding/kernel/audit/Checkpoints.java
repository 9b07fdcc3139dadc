package org.safeguarding.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.PagedResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Ed25519-signed statements "after {@code position} events the chain's head was
 * {@code head}", issued at least every {@code safeguarding.audit.checkpoint-every} while
 * events arrive, and for every export. Printed on exports and kept by governors, they
 * prove later that nobody cut the chain's tail; anyone can check one with the public key
 * alone.
 */
public class Checkpoints {

    /**
     * The signed text is {@code <service>\n<position>\n<head>\n<issuedAt>\n}, as API.md
     * gives it.
     */
    public record Checkpoint(String service, long position, String head, String issuedAt, String signature) {

        byte[] signedText() {
            return (service + "\n" + position + "\n" + head + "\n" + issuedAt + "\n").getBytes(StandardCharsets.UTF_8);
        }

        /** The {@code Export-Checkpoint} header and what a PDF prints. */
        public String reference() {
            return position + ":" + head;
        }
    }

    private static final String COLUMNS = "position, head, issued_at, signature";

    private final JdbcTemplate jdbc;

    private final AuditKeys keys;

    private final AuditChain chain;

    private final Clock clock;

    private final String service;

    private final AuditProperties properties;

    private final RowMapper<Checkpoint> rowMapper;

    Checkpoints(JdbcTemplate jdbc, AuditKeys keys, AuditChain chain, Clock clock, String service,
            AuditProperties properties) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.chain = chain;
        this.clock = clock;
        this.service = service;
        this.properties = properties;
        this.rowMapper = (rs, row) -> new Checkpoint(service, rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4));
    }

    /**
     * Signs the head if it has moved and the newest checkpoint is older than the
     * interval.
     */
    void issueIfDue() {
        AuditChain.Head head = chain.head();
        Optional<Checkpoint> newest = newest();
        boolean moved = head.position() > newest.map(Checkpoint::position).orElse(0L);
        boolean due = newest
            .map(checkpoint -> !Instant.parse(checkpoint.issuedAt())
                .plus(properties.checkpointEvery())
                .isAfter(clock.instant()))
            .orElse(true);
        if (moved && due) {
            issue(head);
        }
    }

    /**
     * The checkpoint an export carries: once the chain has reached the newest event
     * stored (or the wait is over), the head signed now, or the newest checkpoint if it
     * already stands at that head.
     */
    public Checkpoint forExport() {
        awaitChainReaching(newestEventIndex(), properties.exportWaitsForChainAtMost());
        AuditChain.Head head = chain.head();
        return newest().filter(checkpoint -> checkpoint.position() == head.position()).orElseGet(() -> issue(head));
    }

    private long newestEventIndex() {
        Long index = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return index == null ? -1 : index;
    }

    private void awaitChainReaching(long globalIndex, Duration atMost) {
        Instant giveUp = Instant.now().plus(atMost);
        while (chain.sealedUpTo() < globalIndex && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Checkpoint issue(AuditChain.Head head) {
        String issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        Checkpoint unsigned = new Checkpoint(service, head.position(), head.link(), issuedAt, null);
        Checkpoint signed = new Checkpoint(service, head.position(), head.link(), issuedAt,
                Base64.getEncoder().encodeToString(keys.sign(unsigned.signedText())));
        jdbc.update("insert into audit_checkpoint (" + COLUMNS + ") values (?, ?, ?, ?)", signed.position(),
                signed.head(), signed.issuedAt(), signed.signature());
        return signed;
    }

    Optional<Checkpoint> newest() {
        return jdbc
            .query("select " + COLUMNS + " from audit_checkpoint order by position desc, id desc "
                    + "fetch first 1 rows only", rowMapper)
            .stream()
            .findFirst();
    }

    public PagedResult<Checkpoint> page(int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from audit_checkpoint", Long.class);
        List<Checkpoint> content = jdbc.query("select " + COLUMNS
                + " from audit_checkpoint order by position desc, id desc " + "offset ? rows fetch next ? rows only",
                rowMapper, (long) page * size, size);
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    List<Checkpoint> all() {
        return jdbc.query("select " + COLUMNS + " from audit_checkpoint order by position, id", rowMapper);
    }

    boolean authentic(Checkpoint checkpoint) {
        try {
            return keys.verify(checkpoint.signedText(), Base64.getDecoder().decode(checkpoint.signature()));
        }
        catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

}
