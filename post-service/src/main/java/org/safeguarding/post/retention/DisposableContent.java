package org.safeguarding.post.retention;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.safeguarding.kernel.retention.DisposalProblem;
import org.springframework.stereotype.Component;

/**
 * Whether posts or comments may be disposed of under a rule: each kept past the period
 * for its kind, and not yet disposed of. Asked at the proposal and again at the approval.
 */
@Component
class DisposableContent {

    private final ContentDue content;

    DisposableContent(ContentDue content) {
        this.content = content;
    }

    void requireDisposable(List<String> contentIds, ContentRetentionRule rule) {
        if (contentIds == null || contentIds.isEmpty()) {
            throw new RuleViolation(DisposalProblem.NOTHING_TO_DISPOSE,
                    "A disposal names the posts or comments it disposes of");
        }
        Map<String, ContentDue.Due> due = content.due()
            .stream()
            .collect(Collectors.toMap(ContentDue.Due::id, Function.identity()));
        for (String id : contentIds) {
            ContentDue.Due item = due.get(id);
            if (item == null) {
                throw new RuleViolation(DisposalProblem.NOT_DUE,
                        "No post or comment " + id + " is kept past the school's period (or it is disposed of)");
            }
            if (!item.kind().equals(ContentDue.kindUnder(rule))) {
                throw new RuleViolation(DisposalProblem.RULE_DOES_NOT_APPLY,
                        id + " is a " + item.kind() + ", kept under another rule than " + rule);
            }
        }
    }

}
