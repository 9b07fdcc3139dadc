package org.safeguarding.incident.incident;

/**
 * Who may call what, as method-security expressions: the API's controllers are guarded by
 * them, and the pages guard their own handlers and offer their forms and links by the
 * same ones, so each role list is written once.
 */
public final class Permissions {

    /** Reporting a concern, and the staff's own pages. */
    public static final String STAFF = "hasRole('STAFF')";

    /** Moderation actions on an incident. */
    public static final String MODERATORS = "hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')";

    /** Referrals to the LADO and the police, the LADO decision, advice, reopening. */
    public static final String CASE_MANAGERS = "hasAnyRole('DSL', 'HEADTEACHER', 'CHAIR_OF_GOVERNORS')";

    /** The signed exports: chronology, LADO referral, inspection report. */
    public static final String EXPORTERS = "hasAnyRole('DSL', 'HEADTEACHER')";

    /** The dashboard of open incidents and their clocks. */
    public static final String DASHBOARD_READERS = "hasAnyRole('DSL', 'SLT')";

    /**
     * The case pages: everyone who works on incidents. A reporter without another of
     * these roles follows what they reported under My reports.
     */
    public static final String CASE_WORKERS = "hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT', 'HEADTEACHER', "
            + "'CHAIR_OF_GOVERNORS')";

    /**
     * Retention: what has fallen due and the disposals. The DSL proposes, the headteacher
     * or the chair of governors approves.
     */
    public static final String RETENTION_READERS = "hasAnyRole('DSL', 'HEADTEACHER', 'CHAIR_OF_GOVERNORS')";

    /** Placing and lifting a legal hold. */
    public static final String LEGAL_HOLDERS = "hasAnyRole('DSL', 'HEADTEACHER')";

    /** Sending a child-protection file, recording its receipt, importing one. */
    public static final String TRANSFER_SENDERS = "hasRole('DSL')";

    /** Following the transfers sent and their five-school-day clocks. */
    public static final String TRANSFER_READERS = "hasAnyRole('DSL', 'HEADTEACHER')";

    private Permissions() {
    }

}
