package org.safeguarding.kernel.api.incident;

/**
 * A subject access request's file was deleted at the end of its retention period; the
 * request, its release and the pseudonym stay in the record.
 */
public record SubjectAccessFileDeleted(String requestId, String subjectPseudonym) {
}
