package org.safeguarding.incident.subjectaccess;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.api.post.DataSubject;

/**
 * A subject access request as the DSL reviews it: whom it is about (and the pseudonym the
 * record knows them by), who asked and why, whether it was released, and the bundle. Once
 * its file is deleted ({@code fileDeletedAt}), only the pseudonym is left of the person
 * and the bundle is empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubjectAccessView(String id, DataSubjectKind subjectKind, DataSubject subject, String subjectPseudonym,
        String requestedBy, Instant requestedAt, String reason, Status status, Release release, String notice,
        Bundle bundle, Instant fileDeletedAt) {

    /** Read on to the DSL: what the bundle is and is not. */
    static final String NOTICE = "For the DSL to review before anything is released. Everyone but the person is shown"
            + " as a pseudonym where the record or the registers know them; read the free text for names they do not"
            + " know. Items marked with exemptions may be withheld in part or whole; record what was withheld and why"
            + " in the release note.";

    /** Read on once the file is deleted. */
    static final String DELETED_NOTICE = "Who this request was about and the bundle gathered for it were deleted at the"
            + " end of their retention period; the request, its release and the pseudonym stay in the record.";

    enum Status {

        REQUESTED, RELEASED

    }

    record Release(String by, Instant at, String note) {
    }

    /** The same request with only these incidents' items. */
    SubjectAccessView withBundle(Bundle shown) {
        return new SubjectAccessView(id, subjectKind, subject, subjectPseudonym, requestedBy, requestedAt, reason,
                status, release, notice, shown, fileDeletedAt);
    }

}
