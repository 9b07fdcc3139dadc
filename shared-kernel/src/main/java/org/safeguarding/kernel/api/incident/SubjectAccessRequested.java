package org.safeguarding.kernel.api.incident;

/**
 * A subject access request was made and everything held about the person gathered for the
 * DSL to review; the person appears only as their pseudonym.
 */
public record SubjectAccessRequested(String requestId, DataSubjectKind subjectKind, String subjectPseudonym,
        int items) {
}
