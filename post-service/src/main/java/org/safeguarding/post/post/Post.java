package org.safeguarding.post.post;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.DeletePost;
import org.safeguarding.kernel.api.post.DisposePost;
import org.safeguarding.kernel.api.post.DraftPost;
import org.safeguarding.kernel.api.post.DraftRevised;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PhotosChecked;
import org.safeguarding.kernel.api.post.PostApproved;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PostDisposed;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.PostPublished;
import org.safeguarding.kernel.api.post.PostRejected;
import org.safeguarding.kernel.api.post.PostSubmitted;
import org.safeguarding.kernel.api.post.PublishPost;
import org.safeguarding.kernel.api.post.RejectPost;
import org.safeguarding.kernel.api.post.ReviseDraft;
import org.safeguarding.kernel.api.post.SubmitPost;
import org.safeguarding.post.device.DeviceClearance;
import org.safeguarding.post.platform.SocialPlatform;
import org.safeguarding.post.policy.PostingFacts;
import org.safeguarding.post.policy.PostingPolicy;
import org.safeguarding.post.policy.PostingRule;

/**
 * A post on an official account and its four-eyes check: drafted by an approved poster,
 * submitted by its author, approved by someone else, published inside the posting window
 * unless exempted. The posting policy is applied afresh at each step, because consent,
 * posters and the account can change in between.
 */
@Aggregate
class Post {

    @AggregateIdentifier
    private String postId;

    private String accountId;

    private String author;

    private PostContent content;

    private PostStatus status;

    private String accountHandle;

    private String platformPostId;

    /** A disposed post takes no more steps, whoever asks. */
    @CommandHandlerInterceptor
    Object refuseOnceDisposed(InterceptorChain chain) throws Exception {
        if (status == PostStatus.DISPOSED) {
            throw new RuleViolation(PostProblem.POST_DISPOSED, "The post has been disposed of; it takes no more steps");
        }
        return chain.proceed();
    }

    @CommandHandler
    Post(DraftPost command, Actor actor, PostingFacts facts) {
        AccountStanding account = facts.account(command.accountId())
            .orElseThrow(() -> new RuleViolation(PostProblem.UNKNOWN_ACCOUNT,
                    "No official account has the id " + command.accountId()));
        if (account.status() != AccountStatus.ACTIVE) {
            throw policyViolation(List.of(new Violation(PostingRule.ACCOUNT_NOT_ACTIVE.name(),
                    "The account is " + account.status() + "; only an active account takes posts")));
        }
        if (!account.isPoster(actor.username())) {
            throw new RuleViolation(PostProblem.NOT_AN_APPROVED_POSTER,
                    "Only the account's approved posters draft posts for " + account.handle());
        }
        apply(new PostDrafted(command.postId(), command.accountId(), actor.username(), command.content()));
    }

    @CommandHandler
    void handle(ReviseDraft command, Actor actor) {
        requireAuthor(actor, "revise");
        requireStatus(PostStatus.DRAFT, "Only a draft can be revised");
        apply(new DraftRevised(postId, command.content()));
    }

    @CommandHandler
    void handle(SubmitPost command, Actor actor, PostingPolicy policy, PostingFacts facts, DeviceClearance device) {
        device.requireFor(accountId, actor.username(), "submit a post");
        requireAuthor(actor, "submit");
        requireStatus(PostStatus.DRAFT, "Only a draft can be submitted");
        requireNoViolations(policy, facts, false);
        apply(new PostSubmitted(postId, actor.username()));
    }

    @CommandHandler
    void handle(ApprovePost command, Actor actor, PostingPolicy policy, PostingFacts facts, DeviceClearance device) {
        device.requireFor(accountId, actor.username(), "approve a post");
        requireChecker(actor, facts, "approve");
        requireStatus(PostStatus.SUBMITTED, "Only a submitted post can be approved");
        requireNoViolations(policy, facts, false);
        requirePhotosChecked(command);
        if (!content.media().isEmpty() && command.visibleNamesChecked() != null) {
            apply(new PhotosChecked(postId, actor.username(), command.visibleNamesChecked(),
                    Boolean.TRUE.equals(command.noPupilsShownConfirmed())));
        }
        apply(new PostApproved(postId, actor.username()));
    }

    @CommandHandler
    void handle(RejectPost command, Actor actor, PostingFacts facts) {
        requireChecker(actor, facts, "reject");
        if (status != PostStatus.SUBMITTED && status != PostStatus.APPROVED) {
            throw new RuleViolation(PostProblem.whilePost(status),
                    "Only a submitted or approved post can be sent back; this one is " + status);
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation(PostProblem.REASON_REQUIRED, "Sending a post back needs a reason for its author");
        }
        apply(new PostRejected(postId, actor.username(), command.reason()));
    }

    @CommandHandler
    void handle(PublishPost command, Actor actor, PostingPolicy policy, PostingFacts facts, SocialPlatform platform,
            DeviceClearance device) {
        device.requireFor(accountId, actor.username(), "publish a post");
        AccountStanding account = facts.account(accountId).orElse(null);
        if (account == null || !account.isPoster(actor.username())) {
            throw new RuleViolation(PostProblem.NOT_AN_APPROVED_POSTER, "Only the account's approved posters publish");
        }
        requireStatus(PostStatus.APPROVED, "Only an approved post can be published");
        requireNoViolations(policy, facts, true);
        String published = platform.createPost(account.handle(), content.text(), null);
        apply(new PostPublished(postId, account.handle(), actor.username(), facts.now(), published));
    }

    /** Deletion: once only, and off the platform if it got there. */
    @CommandHandler
    void handle(DeletePost command, Actor actor, SocialPlatform platform) {
        // incident-service deletes for the person who asked on the incident, never as
        // itself.
        if (!actor.hasAny(Role.COMPUTING_LEAD, Role.DSL, Role.SLT)) {
            throw new RuleViolation(PostProblem.NOT_A_MODERATOR,
                    "Only the computing lead, the DSL or SLT delete content");
        }
        if (status == PostStatus.DELETED) {
            return;
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation(PostProblem.REASON_REQUIRED, "Deleting content needs a reason");
        }
        if (status == PostStatus.PUBLISHED) {
            platform.deletePost(accountHandle, platformPostId);
        }
        apply(new ContentDeleted(postId, ContentType.POST, actor.username(), command.reason(), command.incidentId(),
                status == PostStatus.PUBLISHED ? platformPostId : null));
    }

    /** Only an approved disposal disposes of a post, and it is checked as due there. */
    @CommandHandler
    void handle(DisposePost command, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(PostProblem.SYSTEM_ONLY, "Only an approved disposal disposes of a post");
        }
        apply(new PostDisposed(postId, command.disposalId()));
    }

    private void requireNoViolations(PostingPolicy policy, PostingFacts facts, boolean includingPostingHours) {
        List<Violation> violations = policy
            .check(content, author, facts.account(accountId).orElse(null), facts.consentRegister(), facts.now())
            .stream()
            .filter(violation -> includingPostingHours || !PostingRule.OUTSIDE_POSTING_HOURS.isBrokenBy(violation))
            .toList();
        if (!violations.isEmpty()) {
            throw policyViolation(violations);
        }
    }

    /**
     * The approver's part of the photo rules (000:43, 000:66-67): photos marked as
     * showing no pupils are confirmed, and photos are checked for readable names. An
     * approval that was not asked about readable names ({@code null}, an API call without
     * a body) is let through as before.
     */
    private void requirePhotosChecked(ApprovePost command) {
        List<Violation> unchecked = new ArrayList<>();
        List<Medium> media = content.media();
        for (int index = 0; index < media.size(); index++) {
            if (media.get(index).noPupilsShown() && !Boolean.TRUE.equals(command.noPupilsShownConfirmed())) {
                unchecked.add(new Violation(PostingRule.PUPILS_NOT_IDENTIFIED.name(), "Photo " + (index + 1)
                        + " is marked as showing no pupils: the approver confirms that it shows none"));
            }
        }
        if (!media.isEmpty() && Boolean.FALSE.equals(command.visibleNamesChecked())) {
            unchecked.add(new Violation(PostingRule.VISIBLE_NAMES_NOT_CHECKED.name(),
                    "Check every photo for a name that can be read in it (a badge, a book) and confirm there is none"));
        }
        if (!unchecked.isEmpty()) {
            throw policyViolation(unchecked);
        }
    }

    /**
     * The four-eyes check: never the author; an approved poster of the account, or SLT.
     */
    private void requireChecker(Actor actor, PostingFacts facts, String what) {
        if (actor.username().equals(author)) {
            throw new RuleViolation(PostProblem.SELF_APPROVAL, "A post is checked by someone other than its author");
        }
        boolean poster = facts.account(accountId).map(account -> account.isPoster(actor.username())).orElse(false);
        if (!poster && !actor.has(Role.SLT)) {
            throw new RuleViolation(PostProblem.NOT_AN_APPROVED_POSTER,
                    "Only an approved poster of the account or SLT may " + what + " a post");
        }
    }

    private void requireAuthor(Actor actor, String what) {
        if (!actor.username().equals(author)) {
            throw new RuleViolation(PostProblem.NOT_THE_AUTHOR, "Only the author may " + what + " this post");
        }
    }

    private void requireStatus(PostStatus expected, String message) {
        if (status != expected) {
            throw new RuleViolation(PostProblem.whilePost(status), message + "; this one is " + status);
        }
    }

    private static RuleViolation policyViolation(List<Violation> violations) {
        return new RuleViolation(PostProblem.POSTING_POLICY,
                "The post breaks " + violations.size() + " posting rule(s)", violations);
    }

    @EventSourcingHandler
    void on(PostDrafted event) {
        postId = event.postId();
        accountId = event.accountId();
        author = event.author();
        content = event.content();
        status = PostStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(DraftRevised event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(PostSubmitted event) {
        status = PostStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(PostApproved event) {
        status = PostStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(PostRejected event) {
        status = PostStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PostPublished event) {
        status = PostStatus.PUBLISHED;
        accountHandle = event.accountHandle();
        platformPostId = event.platformPostId();
    }

    @EventSourcingHandler
    void on(ContentDeleted event) {
        status = PostStatus.DELETED;
    }

    @EventSourcingHandler
    void on(PostDisposed event) {
        status = PostStatus.DISPOSED;
        content = null;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Post() {
    }

}
