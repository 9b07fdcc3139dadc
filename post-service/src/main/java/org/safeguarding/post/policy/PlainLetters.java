package org.safeguarding.post.policy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text as a reader sees it, so that a name cannot hide behind how it is encoded: NFKC, no
 * zero-width characters or soft hyphens, no-break spaces as spaces, accents dropped, and
 * Cyrillic and Greek look-alikes folded to the Latin letters they imitate.
 * <p>
 * An explicit table rather than ICU4J's {@code SpoofChecker}: ICU4J is a 14 MB jar for
 * the few dozen letters that pass for Latin ones in a name.
 */
final class PlainLetters {

    private static final Pattern INVISIBLE = Pattern
        .compile("[\\u00AD\\u034F\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");

    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");

    private static final Pattern ACCENT = Pattern.compile("\\p{Mn}+");

    private static final Map<Character, Character> LOOK_ALIKES = lookAlikes(
            // Cyrillic, as capitals and as small letters
            "АAВBЕEКKМMНHОOРPСCТTУYХXІIЈJЅSԚQԜW", "аaеeкkоoрpсcуyхxіiјjѕsԁdһhӏlԛqԝw",
            // Greek
            "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX", "αaιiκkνvοoρpυuχx",
            // punctuation inside names: O’Neil, Mary‐Jane
            "’'‘'ʼ'‐-‒-–-");

    private PlainLetters() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = NO_BREAK_SPACE.matcher(INVISIBLE.matcher(compatible).replaceAll("")).replaceAll(" ");
        String unaccented = ACCENT.matcher(Normalizer.normalize(visible, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder plain = new StringBuilder(unaccented.length());
        for (char letter : unaccented.toCharArray()) {
            plain.append(fold(letter));
        }
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    private static char fold(char letter) {
        return LOOK_ALIKES.getOrDefault(letter, letter);
    }

    /** Each string holds pairs: the look-alike, then the letter it imitates. */
    private static Map<Character, Character> lookAlikes(String... pairs) {
        Map<Character, Character> table = new HashMap<>();
        for (String run : pairs) {
            for (int index = 0; index < run.length(); index += 2) {
                table.put(run.charAt(index), run.charAt(index + 1));
            }
        }
        return Map.copyOf(table);
    }

}
