package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.names.KnownNames;
import org.safeguarding.kernel.names.NameText;

/**
 * The person a subject access request is about, as the DSL identified them: a pupil's
 * register ref, a name, a staff username; any may be absent. Whether a record is theirs
 * is decided here once, for every part of post-service that answers.
 */
public record DataSubject(String ref, String name, String username) {

    /** Their name or ref is written in the text, as a whole name in either order. */
    public boolean isMentionedIn(String text) {
        if (text == null) {
            return false;
        }
        KnownNames<Boolean> known = KnownNames.<Boolean>builder()
            .name(name, true)
            .identifier(ref, true)
            .identifier(username, true)
            .build();
        return !known.find(text).isEmpty();
    }

    /**
     * The author or actor named is this person: their username, their name, or a handle
     * that is either with an {@code @} in front.
     */
    public boolean is(String person) {
        if (person == null || person.isBlank()) {
            return false;
        }
        String given = NameText.normalise(person.startsWith("@") ? person.substring(1) : person);
        return same(given, username) || same(given, name) || same(given, ref);
    }

    private static boolean same(String normalised, String identity) {
        return identity != null && !identity.isBlank() && normalised.equals(NameText.normalise(identity));
    }

}
