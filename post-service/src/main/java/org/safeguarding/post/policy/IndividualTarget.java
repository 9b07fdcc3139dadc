package org.safeguarding.post.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post addressed to one child (004:29: "Well done Josh a better lesson today"): praise
 * or thanks followed by one person's name. Groups ("Well done Year 2", "Josh and Amy"),
 * adults with a title ("Thank you Mrs Khan"), organisations (three capitalised words or
 * more, or capitals only, "NSPCC") and initials ("Well done AB", as the policy tells
 * staff to write) are not targeted.
 */
final class IndividualTarget {

    private static final Pattern ADDRESSED = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:well done|congratulations"
            + "|congrats|happy birthday|great job|good job|great work|good work|brilliant work|thank you|thanks"
            + "|shout ?out|proud of|bravo|a big hello)\\s*(?i:to\\s+)?[,!]?\\s*"
            + "(\\p{Lu}\\p{Ll}[\\p{L}'-]*+)(?![\\p{N}])(?!\\s+\\p{Lu})(?!\\s*(?:,|&|\\+|and\\b)\\s*\\p{Lu})");

    private static final Set<String> GROUPS_AND_TITLES = Set.of("year", "years", "class", "reception", "nursery",
            "team", "key", "everyone", "everybody", "all", "parents", "families", "staff", "school", "form", "house",
            "group", "squad", "choir", "club", "children", "pupils", "our", "the", "you", "mr", "mrs", "miss", "ms",
            "mx", "dr", "sir", "madam", "coach", "reverend", "rev", "father", "pc", "governors");

    private IndividualTarget() {
    }

    /**
     * The addressee if text in {@link PlainLetters plain letters} is addressed to one
     * person.
     */
    static Optional<String> in(String plainText) {
        Matcher addressed = ADDRESSED.matcher(plainText);
        while (addressed.find()) {
            if (!GROUPS_AND_TITLES.contains(addressed.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.of(addressed.group(1));
            }
        }
        return Optional.empty();
    }

}
