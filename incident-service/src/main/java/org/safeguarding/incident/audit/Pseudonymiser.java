package org.safeguarding.incident.audit;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.safeguarding.kernel.api.post.PupilName;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.names.KnownNames;
import org.safeguarding.kernel.names.NameText;
import org.springframework.stereotype.Component;

/**
 * Replaces pupils' names and refs with stable pseudonyms for readers not entitled to a
 * child's identity. The pupils are those the event store names (PUPIL subjects, children
 * in a LADO referral) and everyone in post-service's pupil register, so a pupil given
 * only by ref is still recognised by name in free text. Names are found however they are
 * written ({@link KnownNames}). Without the register a free-text pupil name cannot be
 * ruled out, so free text is then withheld. The same pupil (same ref, or same name where
 * there is no ref) always gets the same pseudonym; it is a keyed hash (HMAC-SHA256 with
 * the pseudonym key of the key store, never in the database it would protect), so it
 * reveals nothing about the child.
 */
@Component
class Pseudonymiser {

    static final String WITHHELD = "[withheld]";

    /**
     * The pupils' identities to replace, and whether every pupil who might be named is
     * among them.
     */
    static final class Pupils {

        private final KnownNames<String> pseudonyms;

        private final boolean complete;

        Pupils(KnownNames<String> pseudonyms, boolean complete) {
            this.pseudonyms = pseudonyms;
            this.complete = complete;
        }

        String apply(String text) {
            String pseudonymised = pseudonyms.replace(text, pseudonym -> pseudonym);
            return complete || !mightNameSomeone(pseudonymised) ? pseudonymised : WITHHELD;
        }

        JsonNode apply(JsonNode node) {
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

        /**
         * A name is written in parts with a space or a comma between them; ids, refs,
         * codes and times have neither.
         */
        private static boolean mightNameSomeone(String text) {
            return text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',');
        }

    }

    private final PupilsOnRecordProjection pupilsOnRecord;

    private final PupilRegister register;

    private final AuditKeys keys;

    Pseudonymiser(PupilsOnRecordProjection pupilsOnRecord, PupilRegister register, AuditKeys keys) {
        this.pupilsOnRecord = pupilsOnRecord;
        this.register = register;
        this.keys = keys;
    }

    Pupils pupils() {
        KnownNames.Builder<String> pseudonyms = KnownNames.builder();
        // The event store's pupils first: they keep their pseudonyms whether or not the
        // register can be read.
        for (PupilsOnRecordProjection.PupilOnRecord pupil : pupilsOnRecord.pupils()) {
            String pseudonym = pupil.ref() != null ? pseudonymOfRef(pupil.ref()) : pseudonymOfName(pupil.name());
            pseudonyms.name(pupil.name(), pseudonym).identifier(pupil.ref(), pseudonym);
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

    private String pseudonym(String identity) {
        byte[] digest = keys.pseudonymOf(identity);
        return "Pupil-" + HexFormat.of().formatHex(digest, 0, 5).toUpperCase(Locale.ROOT);
    }

}
