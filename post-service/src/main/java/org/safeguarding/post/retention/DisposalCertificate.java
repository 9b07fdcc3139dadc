package org.safeguarding.post.retention;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.post.ContentRetentionRule;

/**
 * The evidence that posts or comments were disposed of as the school's retention schedule
 * says: which (by their ids only), under which rule and period, proposed and approved by
 * whom, and when. It names no one they were by or about.
 */
record DisposalCertificate(String disposalId, ContentRetentionRule rule, String ruleSource, int count,
        List<String> contentIds, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt,
        Instant disposedAt) {

    static DisposalCertificate of(DisposalView disposal, ContentRetentionProperties periods) {
        return new DisposalCertificate(disposal.id(), disposal.rule(), source(disposal.rule(), periods),
                disposal.disposed(), disposal.contentIds(), disposal.proposedBy(), disposal.proposedAt(),
                disposal.decidedBy(), disposal.decidedAt(), disposal.disposedAt());
    }

    private static String source(ContentRetentionRule rule, ContentRetentionProperties periods) {
        return switch (rule) {
            case POSTS -> "The school's retention schedule: posts on its official accounts, kept " + periods.posts()
                    + " from drafting";
            case COMMENTS -> "The school's retention schedule: comments on its official accounts, kept "
                    + periods.comments() + " from receipt";
        };
    }

}
