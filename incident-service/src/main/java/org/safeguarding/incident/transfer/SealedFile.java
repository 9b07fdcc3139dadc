package org.safeguarding.incident.transfer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.safeguarding.kernel.RuleViolation;

/**
 * A transfer file as it travels: the signed bundle encrypted with AES-256-GCM under a key
 * derived from the one-time passphrase with PBKDF2-HMAC-SHA-256 (600,000 iterations,
 * OWASP's figure), all from the JDK. The header (format, transfer, sending school, salt,
 * nonce, iterations) is in clear and bound to the ciphertext as associated data.
 */
record SealedFile(String format, String transferId, String fromSchool, String kdf, int iterations, byte[] salt,
        byte[] nonce, byte[] ciphertext) {

    static final String FORMAT = "safeguarding-transfer-file/1";

    private static final String KDF = "PBKDF2WithHmacSHA256";

    private static final int ITERATIONS = 600_000;

    /**
     * Fewer would make a weak file; many more would let a file keep the service busy.
     */
    private static final int MIN_ITERATIONS = 100_000;

    private static final int MAX_ITERATIONS = 10_000_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    static SealedFile seal(String transferId, String fromSchool, byte[] plaintext, String passphrase) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        SealedFile header = new SealedFile(FORMAT, transferId, fromSchool, KDF, ITERATIONS, salt, nonce, null);
        byte[] ciphertext = header.gcm(Cipher.ENCRYPT_MODE, passphrase, plaintext);
        return new SealedFile(FORMAT, transferId, fromSchool, KDF, ITERATIONS, salt, nonce, ciphertext);
    }

    /**
     * The plaintext, or a refusal that cannot tell a wrong passphrase from a changed
     * file, as AES-GCM cannot.
     */
    byte[] open(String passphrase) {
        if (!FORMAT.equals(format) || !KDF.equals(kdf) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS
                || salt == null || nonce == null || ciphertext == null || transferId == null || fromSchool == null) {
            throw new RuleViolation(TransferProblem.TRANSFER_FILE_UNREADABLE,
                    "This is not a transfer file this service reads (" + FORMAT + ")");
        }
        try {
            return gcm(Cipher.DECRYPT_MODE, passphrase, ciphertext);
        }
        catch (IllegalArgumentException wrongPassphraseOrChanged) {
            throw new RuleViolation(TransferProblem.TRANSFER_NOT_DECRYPTED,
                    "The file does not open with this passphrase: check it with the sending DSL, or ask them to "
                            + "send the file again if it may have been changed on the way");
        }
    }

    private byte[] gcm(int mode, String passphrase, byte[] input) {
        try {
            KeySpec spec = new PBEKeySpec(Passphrase.normalised(passphrase).toCharArray(), salt, iterations, 256);
            byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData());
            return cipher.doFinal(input);
        }
        catch (AEADBadTagException e) {
            throw new IllegalArgumentException("Wrong passphrase, or the file was changed", e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 or AES-GCM is not available", e);
        }
    }

    private byte[] associatedData() {
        return String.join("\n", format, transferId, fromSchool, kdf, Integer.toString(iterations))
            .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

}
