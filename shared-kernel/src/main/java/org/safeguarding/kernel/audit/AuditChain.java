package org.safeguarding.kernel.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The chain over the event store in the order the sealer saw the events: link n is a MAC, with the service's key,
 * over n, the event's global index, the event's own MAC and link n-1. Deleting, reordering or re-linking a sealed
 * event breaks it; cutting its tail is caught by signed checkpoints.
 */
public class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    /** The newest link: how many events are sealed, and the link over all of them. */
    public record Head(long position, String link) {

        static final Head EMPTY = new Head(0, GENESIS);
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditKeys keys;

    public AuditChain(JdbcTemplate jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.keys = keys;
    }

    public Head head() {
        return jdbc.query("select position, link from audit_link order by position desc fetch first 1 rows only",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2))).stream().findFirst().orElse(Head.EMPTY);
    }

    Optional<String> linkAt(long position) {
        return jdbc.queryForList("select link from audit_link where position = ?", String.class, position).stream().findFirst();
    }

    /** The highest global index sealed so far, or -1. */
    long sealedUpTo() {
        Long index = jdbc.queryForObject("select max(global_index) from audit_link", Long.class);
        return index == null ? -1 : index;
    }

    /** Appends links for these events, in this order; runs in the sealer's transaction, which stores its token too. */
    void seal(List<Long> globalIndexes) {
        if (globalIndexes.isEmpty()) {
            return;
        }
        Map<Long, String> macs = new HashMap<>();
        named.query("select global_index, mac from domain_event_entry where global_index in (:indexes)",
                Map.of("indexes", globalIndexes), rs -> {
                    macs.put(rs.getLong(1), rs.getString(2));
                });
        Head head = head();
        long position = head.position();
        String previous = head.link();
        List<Object[]> links = new ArrayList<>(globalIndexes.size());
        for (Long globalIndex : globalIndexes) {
            if (!macs.containsKey(globalIndex)) {
                continue;
            }
            position++;
            previous = link(position, globalIndex, macs.get(globalIndex), previous);
            links.add(new Object[] {position, globalIndex, previous});
        }
        jdbc.batchUpdate("insert into audit_link (position, global_index, link) values (?, ?, ?)", links);
    }

    String link(long position, long globalIndex, String eventMac, String previous) {
        return keys.mac("link", position, globalIndex, eventMac, previous);
    }
}
