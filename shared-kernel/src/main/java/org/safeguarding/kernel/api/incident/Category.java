package org.safeguarding.kernel.api.incident;

import java.util.EnumSet;
import java.util.Set;

/** What the concern is about. */
public enum Category {

    OFFENSIVE_LANGUAGE, UNSUITABLE_CONTENT, COPYRIGHT, UNDERMINING_COMMENT, CYBERBULLYING, SEXUAL_IMAGERY,
    RADICALISATION, ILLEGAL_CONTENT, FILTERING_BREACH, INAPPROPRIATE_CONTACT, STAFF_CONDUCT, OTHER,
    /**
     * A complaint, dispute or grievance posted online instead of through the complaints
     * procedure.
     */
    COMPLAINT,
    /**
     * An inappropriate reference to the school, its staff or pupils, posted by anyone.
     */
    INAPPROPRIATE_REFERENCE;

    private static final Set<Category> FOR_THE_HEADTEACHER = EnumSet.of(COMPLAINT, INAPPROPRIATE_REFERENCE);

    /**
     * KCSIE's online safety concerns (filtering breaches, youth-produced sexual imagery,
     * cyberbullying, illegal content, radicalisation) and inappropriate contact: harm to
     * a child, which the DSL handles, not the computing lead.
     */
    private static final Set<Category> CLEAR_SAFEGUARDING = EnumSet.of(FILTERING_BREACH, SEXUAL_IMAGERY, CYBERBULLYING,
            ILLEGAL_CONTENT, RADICALISATION, INAPPROPRIATE_CONTACT);

    /**
     * UKCIS: images of a child's nudes or semi-nudes are never copied, saved or sent on,
     * not even as evidence; everything else may be.
     */
    public boolean mayBeCopiedAsEvidence() {
        return this != SEXUAL_IMAGERY;
    }

    /** A clear safeguarding matter goes straight to the DSL whichever form it came on. */
    public boolean isClearSafeguardingMatter() {
        return CLEAR_SAFEGUARDING.contains(this);
    }

    /**
     * Social media policy 8 and 9: a complaint or an inappropriate reference that names
     * people of the school is reported to the headteacher.
     */
    public boolean isForTheHeadteacherWhenItNamesPeople() {
        return FOR_THE_HEADTEACHER.contains(this);
    }

}
