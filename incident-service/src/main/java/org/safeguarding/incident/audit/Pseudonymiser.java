package org.safeguarding.incident.audit;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.post.PupilName;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.names.KnownNames;
import org.safeguarding.kernel.names.NameText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces pupils' names and refs with stable pseudonyms for readers not entitled to a child's identity. The pupils
 * are those the event store names (PUPIL subjects, children in a LADO referral) and everyone in post-service's pupil
 * register, so a pupil given only by ref is still recognised by name in free text. Names are found however they are
 * written ({@link KnownNames}). Without the register a free-text pupil name cannot be ruled out, so free text is then
 * withheld. The same pupil (same ref, or same name where there is no ref) always gets the same pseudonym; it is a
 * keyed hash (HMAC-SHA256 with the pseudonym key of the key store, never in the database it would protect), so it
 * reveals nothing about the child.
 */
@Component
public class Pseudonymiser {

    static final String WITHHELD = "[withheld]";

    /** The pupils' identities to replace, and whether every pupil who might be named is among them. */
    public static final class Pupils {

        private final KnownNames<String> pseudonyms;
        private final boolean complete;

        Pupils(KnownNames<String> pseudonyms, boolean complete) {
            this.pseudonyms = pseudonyms;
            this.complete = complete;
        }

        public String apply(String text) {
            String pseudonymised = pseudonyms.replace(text, pseudonym -> pseudonym);
            return complete || !mightNameSomeone(pseudonymised) ? pseudonymised : WITHHELD;
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

        /** A name is written in parts with a space or a comma between them; ids, refs, codes and times have neither. */
        private static boolean mightNameSomeone(String text) {
            return text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',');
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PupilRegister register;
    private final AuditKeys keys;

    public Pseudonymiser(JdbcTemplate jdbc, ObjectMapper json, PupilRegister register, AuditKeys keys) {
        this.jdbc = jdbc;
        this.json = json;
        this.register = register;
        this.keys = keys;
    }

    public Pupils pupils() {
        KnownNames.Builder<String> pseudonyms = KnownNames.builder();
        // The event store first: its pupils keep their pseudonyms whether or not the register can be read.
        List<byte[]> payloads = jdbc.query(
                "select payload from domain_event_entry where payload_type in (?, ?) order by global_index",
                (rs, row) -> rs.getBytes(1), IncidentReported.class.getName(), ReferredToLADO.class.getName());
        for (byte[] payload : payloads) {
            JsonNode event = read(payload);
            for (JsonNode subject : event.path("subjects")) {
                if ("PUPIL".equals(subject.path("kind").asText())) {
                    String name = text(subject.path("name"));
                    String ref = text(subject.path("ref"));
                    String pseudonym = ref != null ? pseudonymOfRef(ref) : pseudonymOfName(name);
                    pseudonyms.name(name, pseudonym).identifier(ref, pseudonym);
                }
            }
            for (JsonNode child : event.path("details").path("childrenInvolved")) {
                String name = text(child);
                pseudonyms.name(name, pseudonymOfName(name));
            }
        }
        Optional<List<PupilName>> registered = register.names();
        registered.ifPresent(pupils -> pupils.forEach(pupil -> {
            String pseudonym = pseudonymOfRef(pupil.ref());
            pseudonyms.identifier(pupil.ref(), pseudonym).name(pupil.name(), pseudonym);
        }));
        return new Pupils(pseudonyms.build(), registered.isPresent());
    }

    private String pseudonymOfRef(String ref) {
        return pseudonym("ref:" + ref);
    }

    private String pseudonymOfName(String name) {
        return name == null ? null : pseudonym("name:" + NameText.normalise(name));
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
