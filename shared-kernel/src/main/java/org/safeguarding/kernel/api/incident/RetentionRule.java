package org.safeguarding.kernel.api.incident;

/**
 * Why a record is kept as long as it is: the rule that set its retain-until date, and so
 * the rule a disposal of it names.
 */
public enum RetentionRule {

    /** IRMS toolkit for schools: the child's date of birth + 25 years. */
    CHILD_PROTECTION,
    /**
     * KCSIE: until normal retirement age or 10 years from the allegation, whichever is
     * longer.
     */
    ALLEGATION_AGAINST_ADULT,
    /**
     * The school's own period from closure for an e-safety incident that was no
     * safeguarding matter.
     */
    E_SAFETY

}
