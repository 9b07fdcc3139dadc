package org.safeguarding.kernel.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Names and identifiers to look for in free text, each standing for a value (a person, a
 * pseudonym). Both sides are compared in {@link NameText}'s form, so "Amy Brown", "amy
 * brown", "Ámy Brown" and "Amy&nbsp;Brown" are all Amy Brown; a name is also recognised
 * as "Surname, First" ("Brown, Amy"). Whole words only: "Amy" alone, or "Amy Browne", is
 * not "Amy Brown". Where two known names overlap, the longer wins.
 *
 * @param <T> what each name stands for
 */
public final class KnownNames<T> {

    /**
     * Where a known name or identifier stands in the original text, {@code [start, end)},
     * and what it stands for.
     */
    public record Mention<T>(int start, int end, T value) {
    }

    private record Known<T>(List<String> words, T value) {
    }

    private final Map<String, List<Known<T>>> byFirstWord;

    private KnownNames(Map<List<String>, T> known) {
        Map<String, List<Known<T>>> index = new HashMap<>();
        known.forEach((words, value) -> index.computeIfAbsent(words.get(0), first -> new ArrayList<>())
            .add(new Known<>(words, value)));
        index.values()
            .forEach(candidates -> candidates
                .sort(Comparator.comparingInt((Known<T> candidate) -> candidate.words().size()).reversed()));
        this.byFirstWord = index;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Every known name or identifier in the text, in order, none overlapping. */
    public List<Mention<T>> find(String text) {
        List<Mention<T>> mentions = new ArrayList<>();
        List<NameText.Word> words = NameText.words(text);
        int at = 0;
        while (at < words.size()) {
            Known<T> known = knownAt(words, at);
            if (known == null) {
                at++;
                continue;
            }
            NameText.Word last = words.get(at + known.words().size() - 1);
            mentions.add(new Mention<>(words.get(at).start(), last.end(), known.value()));
            at += known.words().size();
        }
        return mentions;
    }

    /**
     * The text with each known name or identifier replaced by what {@code replacement}
     * makes of its value.
     */
    public String replace(String text, Function<T, String> replacement) {
        StringBuilder replaced = new StringBuilder();
        int copied = 0;
        for (Mention<T> mention : find(text)) {
            replaced.append(text, copied, mention.start()).append(replacement.apply(mention.value()));
            copied = mention.end();
        }
        return replaced.append(text, copied, text.length()).toString();
    }

    private Known<T> knownAt(List<NameText.Word> words, int at) {
        for (Known<T> candidate : byFirstWord.getOrDefault(words.get(at).text(), List.of())) {
            List<String> wanted = candidate.words();
            if (at + wanted.size() <= words.size() && wanted
                .equals(words.subList(at, at + wanted.size()).stream().map(NameText.Word::text).toList())) {
                return candidate;
            }
        }
        return null;
    }

    /** Collects names and identifiers; the first value given for a name keeps it. */
    public static final class Builder<T> {

        private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

        private final Map<List<String>, T> known = new LinkedHashMap<>();

        /**
         * A person's name as written anywhere ("Amy Brown" or "Brown, Amy"); recognised
         * in either order.
         */
        public Builder<T> name(String name, T value) {
            if (name == null) {
                return this;
            }
            String[] commaSeparated = name.split(",", 2);
            String firstThenSurname = commaSeparated.length == 2 ? commaSeparated[1] + " " + commaSeparated[0] : name;
            // Parts as spaced, so that a double-barrelled surname ("Brown-Smith") moves
            // to the front whole.
            List<String> parts = Arrays.stream(SPACES.split(firstThenSurname))
                .filter(part -> !words(part).isEmpty())
                .toList();
            if (parts.isEmpty()) {
                return this;
            }
            known.putIfAbsent(words(String.join(" ", parts)), value);
            if (parts.size() > 1) {
                String surnameFirst = parts.get(parts.size() - 1) + " "
                        + String.join(" ", parts.subList(0, parts.size() - 1));
                known.putIfAbsent(words(surnameFirst), value);
            }
            return this;
        }

        /** An identifier such as a pupil ref ("P-17"), recognised as written. */
        public Builder<T> identifier(String identifier, T value) {
            if (identifier != null && !words(identifier).isEmpty()) {
                known.putIfAbsent(words(identifier), value);
            }
            return this;
        }

        public KnownNames<T> build() {
            return new KnownNames<>(known);
        }

        private static List<String> words(String text) {
            return NameText.words(text).stream().map(NameText.Word::text).toList();
        }

    }

}
