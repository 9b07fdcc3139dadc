package org.safeguarding.kernel.api.incident;

/** The reviewed records of a subject access request were released to the person. */
public record SubjectAccessReleased(String requestId, String subjectPseudonym) {
}
