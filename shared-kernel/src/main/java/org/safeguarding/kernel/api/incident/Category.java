package org.safeguarding.kernel.api.incident;

import java.util.EnumSet;
import java.util.Set;

/** What the concern is about. */
public enum Category {

    OFFENSIVE_LANGUAGE, UNSUITABLE_CONTENT, COPYRIGHT, UNDERMINING_COMMENT, CYBERBULLYING, SEXUAL_IMAGERY,
    RADICALISATION, ILLEGAL_CONTENT, FILTERING_BREACH, INAPPROPRIATE_CONTACT, STAFF_CONDUCT, OTHER;

    /**
     * KCSIE's online safety concerns (filtering breaches, youth-produced sexual imagery,
     * cyberbullying, illegal content, radicalisation) and inappropriate contact: harm to
     * a child, which the DSL handles, not the computing lead.
     */
    private static final Set<Category> CLEAR_SAFEGUARDING = EnumSet.of(FILTERING_BREACH, SEXUAL_IMAGERY, CYBERBULLYING,
            ILLEGAL_CONTENT, RADICALISATION, INAPPROPRIATE_CONTACT);

    /** A clear safeguarding matter goes straight to the DSL whichever form it came on. */
    public boolean isClearSafeguardingMatter() {
        return CLEAR_SAFEGUARDING.contains(this);
    }

}
