package org.safeguarding.kernel.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The chain over the event store in the order the sealer saw the events: link n is a MAC,
 * with the service's key, over n, the event's global index, the event's own MAC and link
 * n-1. Deleting, reordering or re-linking a sealed event breaks it; cutting its tail is
 * caught by signed checkpoints.
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
        return jdbc
            .query("select position, link from audit_link order by position desc fetch first 1 rows only",
                    (rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
            .stream()
            .findFirst()
            .orElse(Head.EMPTY);
    }

    /** The highest global index sealed so far, or -1. */
    long sealedUpTo() {
        Long index = jdbc.queryForObject("select max(global_index) from audit_link", Long.class);
        return index == null ? -1 : index;
    }

    /**
     * Appends links for these events, in this order, once each: a tracking processor
     * delivers at least once. Runs in the sealer's transaction, which stores its token
     * too.
     */
    void seal(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return;
        }
        Map<String, StoredMac> stored = new HashMap<>();
        named.query(
                "select e.event_identifier, e.global_index, e.mac from domain_event_entry e"
                        + " where e.event_identifier in (:ids) "
                        + "and not exists (select 1 from audit_link l where l.global_index = e.global_index)",
                Map.of("ids", eventIdentifiers), rs -> {
                    stored.put(rs.getString(1), new StoredMac(rs.getLong(2), rs.getString(3)));
                });
        Head head = head();
        long position = head.position();
        String previous = head.link();
        List<Object[]> links = new ArrayList<>(eventIdentifiers.size());
        for (String identifier : new LinkedHashSet<>(eventIdentifiers)) {
            StoredMac event = stored.get(identifier);
            if (event == null) {
                continue;
            }
            position++;
            previous = link(position, event.globalIndex(), event.mac(), previous);
            links.add(new Object[] { position, event.globalIndex(), previous });
        }
        jdbc.batchUpdate("insert into audit_link (position, global_index, link) values (?, ?, ?)", links);
    }

    private record StoredMac(long globalIndex, String mac) {
    }

    String link(long position, long globalIndex, String eventMac, String previous) {
        return keys.mac("link", position, globalIndex, eventMac, previous);
    }

}
