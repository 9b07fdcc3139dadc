package org.safeguarding.incident.incident;

/** How much of one incident a reader may see, least first. */
public enum Sight {

    /**
     * Nothing: not in a list, a dashboard, an export or the audit page; a direct read is
     * 404.
     */
    NONE,
    /** Its events on the governors' audit page, and nothing else. */
    AUDIT_TRAIL,
    /**
     * What they reported, its status and level, who received it, their own notes: not the
     * case file.
     */
    REPORTER,
    /** The whole case file. */
    CASE_FILE;

    public boolean atLeast(Sight other) {
        return compareTo(other) >= 0;
    }

}
