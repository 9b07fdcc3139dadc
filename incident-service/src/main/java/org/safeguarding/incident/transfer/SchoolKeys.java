package org.safeguarding.incident.transfer;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safeguarding.kernel.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Other schools' Ed25519 public keys: a key configured for the school
 * ({@code safeguarding.transfer.trusted-schools.<name>}) is used whatever key comes with
 * a file or receipt; otherwise the key that comes with it, as the DSLs exchanged it.
 */
@Component
class SchoolKeys {

    private final Map<String, String> trusted;

    SchoolKeys(TransferProperties properties) {
        this.trusted = properties.trustedSchools();
    }

    /** Throws unless {@code signature} is the school's Ed25519 signature of the data. */
    void requireSignedBy(String school, String givenPem, byte[] data, byte[] signature, String what) {
        String pem = configured(school).or(() -> Optional.ofNullable(givenPem).filter(given -> !given.isBlank()))
            .orElseThrow(() -> new RuleViolation(TransferProblem.SCHOOL_KEY_UNKNOWN, "No public key for " + school
                    + ": send the key the school gave you, or configure safeguarding.transfer.trusted-schools"));
        if (!verifies(publicKey(pem), data, signature)) {
            throw new RuleViolation(TransferProblem.TRANSFER_SIGNATURE_INVALID, "The " + what + " is not signed with "
                    + school + "'s key: it was changed, or comes from someone else. " + "Nothing was recorded");
        }
    }

    /** Map keys lose spaces and case in Spring's binding; compare names the same way. */
    private Optional<String> configured(String school) {
        return trusted.entrySet()
            .stream()
            .filter(entry -> sameSchool(entry.getKey(), school))
            .map(Map.Entry::getValue)
            .findFirst();
    }

    /** The same school, however its name's case and spacing were typed. */
    static boolean sameSchool(String one, String other) {
        return one != null && other != null && comparable(one).equals(comparable(other));
    }

    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static PublicKey publicKey(String pem) {
        try {
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RuleViolation(TransferProblem.SCHOOL_KEY_UNKNOWN,
                    "The public key is not an Ed25519 public key in PEM");
        }
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(data);
            return signature != null && ed25519.verify(signature);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

}
