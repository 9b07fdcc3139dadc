package org.safeguarding.post.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.Escalation;
import org.safeguarding.kernel.api.post.ModerateComment;
import org.safeguarding.kernel.api.post.ReceiveComment;
import org.safeguarding.kernel.web.IfMatch;
import org.safeguarding.post.policy.PostingFacts;
import org.safeguarding.post.policy.PostingPolicy;
import org.safeguarding.post.policy.SchoolPolicy;
import org.springframework.stereotype.Component;

/**
 * Comments as the API and the moderation pages both use them: the same queue, the same
 * requests and the same commands, in this one place.
 */
@Component
class Comments {

    private final CommandGateway commands;

    private final CommentViewRepository views;

    private final PostingFacts facts;

    private final PostingPolicy policy;

    private final Clock clock;

    private final SchoolPolicy school;

    Comments(CommandGateway commands, CommentViewRepository views, PostingFacts facts, PostingPolicy policy,
            Clock clock, SchoolPolicy school) {
        this.commands = commands;
        this.views = views;
        this.facts = facts;
        this.policy = policy;
        this.clock = clock;
        this.school = school;
    }

    /**
     * @return the new comment's id
     */
    String receive(CommentRequests.Inbound body) {
        AccountStanding account = facts.account(body.accountId())
            .orElseThrow(() -> new RuleViolation(CommentProblem.UNKNOWN_ACCOUNT,
                    "No official account has the id " + body.accountId()));
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceiveComment(id, account.accountId(), account.platform(), account.handle(),
                body.author(), body.authorPlatformId(), body.text(), body.receivedAt(), body.onPostId(),
                body.platformCommentId()));
        return id;
    }

    /**
     * The queue (awaiting, soonest due first) or, without {@code awaiting}, every
     * comment, newest first; each as read now.
     */
    PagedResult<CommentView> list(Boolean awaiting, int page, int size) {
        Instant now = clock.instant();
        return views.list(awaiting, page, size).map(view -> view.asOf(now));
    }

    CommentView current(String id) {
        return views.find(id)
            .orElseThrow(() -> new RuleViolation(CommentProblem.COMMENT_NOT_FOUND, "No such comment"))
            .asOf(clock.instant());
    }

    /**
     * The moderation is recorded at once; an escalation is then reported by a saga that
     * retries until incident-service answers, and its incident id appears on the
     * comment's action.
     * @return the comment as it is afterwards
     */
    CommentView moderate(String id, String ifMatch, CommentRequests.Moderation body) {
        current(id);
        if (body.action() == CommentAction.RESPOND) {
            school.requireRepliesAllowed();
        }
        requireNoticeKeepsThePolicy(body);
        Escalation escalation = body.escalate() == null ? null : body.escalate().toEscalation();
        commands.sendAndWait(new ModerateComment(id, UUID.randomUUID().toString(), body.action(), body.note(),
                body.publicReason(), escalation, IfMatch.expectedVersion(ifMatch)));
        return current(id);
    }

    /**
     * The public notice is a post of the school's: refused as a post with the same words
     * would be.
     */
    private void requireNoticeKeepsThePolicy(CommentRequests.Moderation body) {
        if (body.action() == null || !body.action().needsPublicReason() || body.publicReason() == null
                || body.publicReason().isBlank()) {
            return;
        }
        List<Violation> violations = policy.checkNotice(body.publicReason(), facts.consentRegister());
        if (!violations.isEmpty()) {
            throw new RuleViolation(CommentProblem.NOTICE_BREAKS_POSTING_POLICY,
                    "The public notice breaks " + violations.size() + " posting rule(s)", violations);
        }
    }

}
