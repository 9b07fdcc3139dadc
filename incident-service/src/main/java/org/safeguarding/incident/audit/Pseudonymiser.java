package org.safeguarding.incident.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.safeguarding.kernel.names.KnownNames;
import org.springframework.stereotype.Component;

/**
 * Replaces pupils' names and refs with stable pseudonyms for readers not entitled to a
 * child's identity. The pupils are those the event store names (PUPIL subjects, children
 * in a LADO referral) and everyone in post-service's pupil register, so a pupil given
 * only by ref is still recognised by name in free text. Names are found however they are
 * written ({@link KnownNames}). Without the register a free-text pupil name cannot be
 * ruled out, so free text is then withheld. The same pupil (same ref, or same name where
 * there is no ref) always gets the same pseudonym ({@link Pseudonyms}).
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

    private final KnownPupils knownPupils;

    private final Pseudonyms pseudonyms;

    Pseudonymiser(KnownPupils knownPupils, Pseudonyms pseudonyms) {
        this.knownPupils = knownPupils;
        this.pseudonyms = pseudonyms;
    }

    Pupils pupils() {
        KnownNames.Builder<String> known = KnownNames.builder();
        KnownPupils.Pupils pupils = knownPupils.all();
        for (KnownPupils.KnownPupil pupil : pupils.pupils()) {
            String pseudonym = pupil.ref() != null ? pseudonyms.ofPupilRef(pupil.ref())
                    : pseudonyms.ofPupilName(pupil.name());
            known.name(pupil.name(), pseudonym).identifier(pupil.ref(), pseudonym);
        }
        return new Pupils(known.build(), pupils.complete());
    }

}
