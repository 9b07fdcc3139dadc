package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A second person, never the author, checks the post and approves it. For a post with
 * photos the approver says whether they checked them for names that can be read in them
 * (a badge, a book) and confirms any photo marked as showing no pupils; {@code null}
 * where the approver was not asked.
 */
public record ApprovePost(@TargetAggregateIdentifier String postId, @TargetAggregateVersion Long expectedVersion,
        Boolean visibleNamesChecked, Boolean noPupilsShownConfirmed) {

    public ApprovePost(String postId, Long expectedVersion) {
        this(postId, expectedVersion, null, null);
    }
}
