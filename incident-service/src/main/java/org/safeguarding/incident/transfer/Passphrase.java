package org.safeguarding.incident.transfer;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time passphrase a transfer file is encrypted to: 24 characters of Crockford's
 * base32 (120 random bits), in groups of four to be read out over the phone. It is shown
 * once and never stored.
 */
final class Passphrase {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int LENGTH = 24;

    private static final int GROUP = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passphrase() {
    }

    static String newOne() {
        StringBuilder passphrase = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                passphrase.append('-');
            }
            passphrase.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return passphrase.toString();
    }

    /**
     * As typed by the receiving DSL: case, spaces and dashes do not matter, and letters
     * easily misheard as digits count as those digits.
     */
    static String normalised(String typed) {
        return typed.toUpperCase(Locale.ROOT)
            .replaceAll("[^0-9A-Z]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    }

}
