package org.safeguarding.kernel.api.incident;

/** Whom a subject access request is about: a pupil (by ref or name) or an adult. */
public enum DataSubjectKind {

    PUPIL, ADULT

}
