package org.safeguarding.post.comment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.kernel.api.incident.Category;
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

    /** The same key on every retry, so incident-service reports the incident once however often it is asked. */
    String idempotencyKey() {
        return "comment-" + commentId + "-moderation-" + moderationId;
    }

    /** incident-service's {@code POST /api/incidents}, made for the moderator who escalated the comment. */
    ServiceCall call() {
        return ServiceCall.post("/api/incidents", body()).onBehalfOf(onBehalfOf).withIdempotencyKey(idempotencyKey());
    }

    /** incident-service's ReportIncident body: an orange e-safety form about content on a school account. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "E_SAFETY");
        body.put("category", category.name());
        body.put("summary", summary);
        body.put("details", details);
        body.put("occurredAt", occurredAt.toString());
        body.put("channel", "SCHOOL_ACCOUNT");
        body.put("platform", platform);
        body.put("contentRef", Map.of("type", "COMMENT", "id", commentId));
        body.put("subjects", List.of());
        body.put("allegationAgainstAdult", false);
        return body;
    }
}
