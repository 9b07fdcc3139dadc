package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;

/**
 * A moderator asked for an incident to be reported about the comment, on their behalf;
 * incident-service is called until it answers. Revision 1 added the form, the subjects
 * and the allegation flag; earlier ones are upcast as orange forms about no one.
 */
@Revision(CommentEscalationRequested.REVISION)
public record CommentEscalationRequested(@DataSubjectKey String commentId, String moderationId, String requestedBy,
        Category category, @PersonalData String summary, @PersonalData String details, String platform,
        Instant receivedAt, Form form, List<Subject> subjects, boolean allegationAgainstAdult) {

    public static final String REVISION = "1";

    /** As revision 0 recorded it: an orange form about no one in particular. */
    public CommentEscalationRequested(String commentId, String moderationId, String requestedBy, Category category,
            String summary, String details, String platform, Instant receivedAt) {
        this(commentId, moderationId, requestedBy, category, summary, details, platform, receivedAt, Form.E_SAFETY,
                List.of(), false);
    }

}
