package org.safeguarding.post.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ways a pupil's name can be written in a post, matched in {@link PlainLetters plain
 * letters}: the full name in any case; "Surname, First"; an initial with the surname ("J.
 * Smith", "J Smith", "M.J. O'Neil"); and the first name alone when written as a name
 * (capitalised, or in capitals) and not followed by another capitalised word, which would
 * make it somebody else's full name. Initials alone ("JS") are what the policy asks staff
 * to use, so they never match.
 */
final class PupilName {

    private static final String START = "(?<![\\p{L}\\p{N}])";

    private static final String END = "(?![\\p{L}\\p{N}])";

    private final List<Pattern> withSurname;

    private final Pattern firstNameAlone;

    private PupilName(List<Pattern> withSurname, Pattern firstNameAlone) {
        this.withSurname = withSurname;
        this.firstNameAlone = firstNameAlone;
    }

    static PupilName of(String name) {
        String[] parts = PlainLetters.of(name).trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return new PupilName(List.of(), null);
        }
        List<Pattern> forms = new ArrayList<>();
        String first = parts[0];
        forms.add(anyCase(Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining("\\s+"))));
        if (parts.length > 1) {
            String surname = parts[parts.length - 1];
            forms.add(anyCase(Pattern.quote(surname) + "\\s*,\\s*" + Pattern.quote(first)));
            String initial = Pattern.quote(first.substring(0, 1).toUpperCase(Locale.ROOT));
            forms.add(Pattern.compile(START + initial + "\\.?(?:[\\s-]?\\p{Lu}\\.?)*\\s*" + asName(surname) + END));
        }
        return new PupilName(List.copyOf(forms), Pattern.compile(START + asName(first) + END + "(?!\\s+\\p{Lu})"));
    }

    /**
     * Whether text already in {@link PlainLetters plain letters} names the pupil in any
     * form.
     */
    boolean isNamedIn(String plainText) {
        return isNamedWithSurnameIn(plainText) || (firstNameAlone != null && firstNameAlone.matcher(plainText).find());
    }

    /**
     * Whether the text names the pupil in a form that carries the surname; for wording
     * that staff write to each other (a photo's caption), where a first name alone is how
     * they say who is in it.
     */
    boolean isNamedWithSurnameIn(String plainText) {
        return withSurname.stream().anyMatch(form -> form.matcher(plainText).find());
    }

    private static Pattern anyCase(String words) {
        return Pattern.compile(START + words + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The word with a capital first letter and the rest in any case: "Josh", "JOSH". */
    private static String asName(String word) {
        String capital = word.substring(0, 1).toUpperCase(Locale.ROOT);
        return Pattern.quote(capital) + "(?iu:" + Pattern.quote(word.substring(1)) + ")";
    }

}
