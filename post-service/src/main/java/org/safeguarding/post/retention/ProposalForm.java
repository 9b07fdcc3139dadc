package org.safeguarding.post.retention;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.kernel.api.post.ContentRetentionRule;

/**
 * The page's proposal: the items ticked in the list of what is due, and the rule of the
 * button pressed (posts or comments).
 */
class ProposalForm {

    private List<String> contentIds = new ArrayList<>();

    private ContentRetentionRule rule;

    public List<String> getContentIds() {
        return contentIds;
    }

    public void setContentIds(List<String> contentIds) {
        this.contentIds = contentIds == null ? new ArrayList<>() : contentIds;
    }

    public ContentRetentionRule getRule() {
        return rule;
    }

    public void setRule(ContentRetentionRule rule) {
        this.rule = rule;
    }

    DisposalRequests.Proposal toRequest() {
        return new DisposalRequests.Proposal(contentIds, rule);
    }

}
