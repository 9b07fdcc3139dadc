package org.safeguarding.post.retention;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.safeguarding.kernel.retention.DisposalStatus;

/**
 * A disposal as the DSL, the headteacher and the chair read it, shaped like
 * incident-service's: what it names ({@code contentIds}, posts or comments as the rule
 * says), who proposed it, who decided, and when they were disposed of. {@code reason} is
 * a rejection's.
 */
record DisposalView(String id, ContentRetentionRule rule, List<String> contentIds, String proposedBy,
        Instant proposedAt, DisposalStatus status, String decidedBy, Instant decidedAt, String reason,
        Instant disposedAt, Integer disposed) {
}
