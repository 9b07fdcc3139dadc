package org.safeguarding.kernel.api.incident;

/** Who a subject of an incident is. */
public enum SubjectKind {

    PUPIL, STAFF, VOLUNTEER, PARENT, GOVERNOR, OTHER

}
