package org.safeguarding.kernel.api.incident;

/** The clocks an incident runs on. */
public enum DeadlineKind {

    ACKNOWLEDGEMENT, LADO_DECISION

}
