package org.safeguarding.post.comment;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.servicecall.ServiceCall;

/** What post-service asks incident-service to report about a comment, and as whom. */
record IncidentReport(String commentId, String moderationId, String onBehalfOf, Category category, String summary,
        String details, String platform, Instant occurredAt) {

    static IncidentReport of(CommentEscalationRequested requested) {
        return new IncidentReport(requested.commentId(), requested.moderationId(), requested.requestedBy(),
                requested.category(), requested.summary(), requested.details(), requested.platform(),
                requested.receivedAt());
    }

    /**
     * The same key on every retry, so incident-service reports the incident once however
     * often it is asked.
     */
    String idempotencyKey() {
        return "comment-" + commentId + "-moderation-" + moderationId;
    }

    /**
     * incident-service's {@code POST /api/incidents}, made for the moderator who
     * escalated the comment.
     */
    ServiceCall call() {
        return ServiceCall.post("/api/incidents", body()).onBehalfOf(onBehalfOf).withIdempotencyKey(idempotencyKey());
    }

    /**
     * incident-service's ReportIncident body about content on a school account: a
     * moderator's concern on the orange e-safety form; a missed response on the yellow
     * form, which goes straight to the DSL (002:142-144).
     */
    Body body() {
        Form form = Comment.MISSED_RESPONSE.equals(moderationId) ? Form.SAFEGUARDING : Form.E_SAFETY;
        return new Body(form, category, summary, details, occurredAt, Channel.SCHOOL_ACCOUNT, platform,
                new ContentRef(ContentType.COMMENT, commentId), List.of(), false);
    }

    /** The body of incident-service's {@code POST /api/incidents}, field for field. */
    record Body(Form form, Category category, String summary, String details, Instant occurredAt, Channel channel,
            String platform, ContentRef contentRef, List<Subject> subjects, boolean allegationAgainstAdult) {
    }
}
