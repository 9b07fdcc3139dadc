package org.safeguarding.kernel.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;

/**
 * Text in the form in which names are compared: Unicode NFKC (full-width letters,
 * ligatures, the non-breaking space become plain ones), case folded, accents stripped
 * ("Ámy" is "amy"), and cut into words of letters and digits, so that runs of spaces and
 * punctuation between words do not matter. Each word remembers where it stands in the
 * original text, so that a name found can be replaced there.
 */
public final class NameText {

    /**
     * A word in comparable form, and the span {@code [start, end)} of the original text
     * it was read from.
     */
    public record Word(String text, int start, int end) {
    }

    private NameText() {
    }

    /**
     * The comparable form of the whole text: its words, one space apart ("
     * Ámy\u00a0BROWN, " is "amy brown").
     */
    public static String normalise(String text) {
        return words(text).stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = 0;
        int end = 0;
        for (int at = 0; at < text.length();) {
            int codePoint = text.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            String folded = fold(codePoint);
            if (folded.isEmpty() && !word.isEmpty()) {
                end = next; // an accent of the letter before: part of the word
            }
            for (int index = 0; index < folded.length();) {
                int letter = folded.codePointAt(index);
                index += Character.charCount(letter);
                if (Character.isLetterOrDigit(letter)) {
                    if (word.isEmpty()) {
                        start = at;
                    }
                    word.appendCodePoint(letter);
                    end = next;
                }
                else if (!word.isEmpty()) {
                    words.add(new Word(word.toString(), start, end));
                    word.setLength(0);
                }
            }
            at = next;
        }
        if (!word.isEmpty()) {
            words.add(new Word(word.toString(), start, end));
        }
        return words;
    }

    /**
     * One character in comparable form: possibly several ("ß" is "ss", "ﬁ" is "fi"), or
     * none (a combining accent). Upper- then lower-casing folds what lower-casing alone
     * leaves apart, such as "ß" and "SS", "ς" and "σ".
     */
    private static String fold(int codePoint) {
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String compatible = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
        return StringUtils.stripAccents(compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }

}
