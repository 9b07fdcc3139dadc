package org.safeguarding.post.comment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.servicecall.ServiceCall;

/**
 * What post-service asks incident-service to report about a comment, and as whom. The
 * moderator's choices are left out of a saga's stored state when not made, so a saga
 * stored before there was a choice is written back as it was read.
 */
record IncidentReport(String commentId, String moderationId, String onBehalfOf, Category category, String summary,
        String details, String platform, Instant occurredAt, @JsonInclude(Include.NON_NULL) Form form,
        @JsonInclude(Include.NON_NULL) List<Subject> subjects,
        @JsonInclude(Include.NON_DEFAULT) boolean allegationAgainstAdult) {

    static IncidentReport of(CommentEscalationRequested requested) {
        return new IncidentReport(requested.commentId(), requested.moderationId(), requested.requestedBy(),
                requested.category(), requested.summary(), requested.details(), requested.platform(),
                requested.receivedAt(), requested.form(), requested.subjects(), requested.allegationAgainstAdult());
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
     * incident-service's ReportIncident body about content on a school account, on the
     * form the moderator chose; a saga stored before there was a choice holds no form, so
     * it reports on the orange e-safety form about no one, as it always did.
     */
    Body body() {
        return new Body(form == null ? Form.E_SAFETY : form, category, summary, details, occurredAt,
                Channel.SCHOOL_ACCOUNT, platform, new ContentRef(ContentType.COMMENT, commentId),
                subjects == null ? List.of() : subjects, allegationAgainstAdult);
    }

    /** The body of incident-service's {@code POST /api/incidents}, field for field. */
    record Body(Form form, Category category, String summary, String details, Instant occurredAt, Channel channel,
            String platform, ContentRef contentRef, List<Subject> subjects, boolean allegationAgainstAdult) {
    }
}
