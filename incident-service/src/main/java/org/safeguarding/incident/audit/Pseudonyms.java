package org.safeguarding.incident.audit;

import java.util.HexFormat;
import java.util.Locale;

import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.names.NameText;
import org.springframework.stereotype.Component;

/**
 * The stable pseudonym that stands for a person wherever a reader is not entitled to
 * their identity: a keyed hash (HMAC-SHA256 with the key store's pseudonym key, never in
 * the database it protects) of a pupil's ref, or of their name where there is no ref, or
 * of an adult's username or name. The same person always gets the same pseudonym, and it
 * reveals nothing about them.
 */
@Component
public class Pseudonyms {

    private final AuditKeys keys;

    public Pseudonyms(AuditKeys keys) {
        this.keys = keys;
    }

    public String ofPupilRef(String ref) {
        return pseudonym("Pupil-", "ref:" + ref);
    }

    public String ofPupilName(String name) {
        return name == null ? null : pseudonym("Pupil-", "name:" + NameText.normalise(name));
    }

    public String ofAdultUsername(String username) {
        return pseudonym("Person-", "username:" + username);
    }

    public String ofAdultName(String name) {
        return pseudonym("Person-", "name:" + NameText.normalise(name));
    }

    private String pseudonym(String prefix, String identity) {
        byte[] digest = keys.pseudonymOf(identity);
        return prefix + HexFormat.of().formatHex(digest, 0, 5).toUpperCase(Locale.ROOT);
    }

}
