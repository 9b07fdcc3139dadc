package org.safeguarding.incident.audit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.audit.AuditKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces pupils' names and refs with stable pseudonyms for readers not entitled to a child's identity. The
 * same pupil (same ref, or same name where there is no ref) always gets the same pseudonym; it is a keyed hash
 * (HMAC-SHA256 with the pseudonym key of the key store, never in the database it would protect), so it reveals
 * nothing about the child.
 */
@Component
public class Pseudonymiser {

    /** The pupils' identities known to the event store: each name or ref, and the pseudonym that replaces it. */
    public static final class Pupils {

        private final Map<String, String> pseudonymByIdentity;
        private final Pattern anyIdentity;

        Pupils(Map<String, String> pseudonymByIdentity) {
            this.pseudonymByIdentity = Map.copyOf(pseudonymByIdentity);
            // One pattern for all identities, longest first, so "Amy Brown" wins over a shorter match inside it.
            String alternatives = pseudonymByIdentity.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"));
            this.anyIdentity = alternatives.isEmpty() ? null : Pattern.compile(
                    "(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}-])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        public String apply(String text) {
            if (anyIdentity == null) {
                return text;
            }
            return anyIdentity.matcher(text).replaceAll(found ->
                    Matcher.quoteReplacement(pseudonymByIdentity.getOrDefault(normalised(found.group()), found.group())));
        }

        public JsonNode apply(JsonNode node) {
            if (node.isTextual()) {
                return TextNode.valueOf(apply(node.asText()));
            }
            if (node instanceof ObjectNode object) {
                ObjectNode copy = object.objectNode();
                object.fields().forEachRemaining(field -> copy.set(field.getKey(), apply(field.getValue())));
                return copy;
            }
            if (node instanceof ArrayNode array) {
                ArrayNode copy = array.arrayNode();
                array.forEach(element -> copy.add(apply(element)));
                return copy;
            }
            return node;
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AuditKeys keys;

    public Pseudonymiser(JdbcTemplate jdbc, ObjectMapper json, AuditKeys keys) {
        this.jdbc = jdbc;
        this.json = json;
        this.keys = keys;
    }

    public Pupils pupils() {
        Map<String, String> pseudonyms = new HashMap<>();
        List<byte[]> payloads = jdbc.query("select payload from domain_event_entry where payload_type in (?, ?)",
                (rs, row) -> rs.getBytes(1), IncidentReported.class.getName(), ReferredToLADO.class.getName());
        for (byte[] payload : payloads) {
            JsonNode event = read(payload);
            for (JsonNode subject : event.path("subjects")) {
                if ("PUPIL".equals(subject.path("kind").asText())) {
                    String name = text(subject.path("name"));
                    String ref = text(subject.path("ref"));
                    String pseudonym = pseudonym(ref != null ? "ref:" + ref : "name:" + normalised(name));
                    remember(pseudonyms, name, pseudonym);
                    remember(pseudonyms, ref, pseudonym);
                }
            }
            for (JsonNode child : event.path("details").path("childrenInvolved")) {
                String name = text(child);
                remember(pseudonyms, name, pseudonyms.getOrDefault(normalised(name), pseudonym("name:" + normalised(name))));
            }
        }
        return new Pupils(pseudonyms);
    }

    private static void remember(Map<String, String> pseudonyms, String identity, String pseudonym) {
        if (identity != null) {
            pseudonyms.putIfAbsent(normalised(identity), pseudonym);
        }
    }

    private static String normalised(String identity) {
        return identity == null ? null : identity.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private String pseudonym(String identity) {
        byte[] digest = keys.pseudonymOf(identity);
        return "Pupil-" + HexFormat.of().formatHex(digest, 0, 5).toUpperCase(Locale.ROOT);
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable event payload", e);
        }
    }
}
