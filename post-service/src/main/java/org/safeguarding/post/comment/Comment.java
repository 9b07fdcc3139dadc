package org.safeguarding.post.comment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.post.BlockCommentAuthor;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.CommentAuthorBlocked;
import org.safeguarding.kernel.api.post.CommentDisposed;
import org.safeguarding.kernel.api.post.CommentEscalated;
import org.safeguarding.kernel.api.post.CommentEscalationFailed;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.DeleteComment;
import org.safeguarding.kernel.api.post.DisposeComment;
import org.safeguarding.kernel.api.post.EscalateMissedResponse;
import org.safeguarding.kernel.api.post.Escalation;
import org.safeguarding.kernel.api.post.ModerateComment;
import org.safeguarding.kernel.api.post.ReceiveComment;
import org.safeguarding.kernel.api.post.RecordCommentEscalation;
import org.safeguarding.kernel.api.post.RecordCommentEscalationFailure;
import org.safeguarding.kernel.api.post.RecordMissedResponse;
import org.safeguarding.kernel.api.post.ReinstateResponseDeadline;
import org.safeguarding.kernel.api.post.ResponseDeadlineMissed;
import org.safeguarding.kernel.api.post.ResponseDeadlineReinstated;
import org.safeguarding.post.device.DeviceClearance;
import org.safeguarding.post.platform.SocialPlatform;

/**
 * A comment, query or complaint on an official account: its response clock, what
 * moderators did about it (and told the audience), and the incidents it led to. Platform
 * actions happen before the event is applied, so a platform that fails leaves nothing
 * recorded.
 */
@Aggregate
class Comment {

    /**
     * The escalation of a missed response is one per comment, so its id is fixed: a
     * retried command reports it once.
     */
    static final String MISSED_RESPONSE = "missed-response";

    private static final int DETAILS_LIMIT = 10_000;

    @AggregateIdentifier
    private String commentId;

    private String accountId;

    private String platform;

    private String accountHandle;

    private String author;

    private String authorPlatformId;

    private String text;

    private Instant receivedAt;

    private String platformCommentId;

    private Instant respondBy;

    private boolean actedOn;

    private boolean overdue;

    private boolean hidden;

    private boolean deleted;

    private boolean missedResponseEscalated;

    private boolean authorBlocked;

    private boolean disposed;

    private final Set<String> pendingEscalations = new HashSet<>();

    /** A disposed comment takes no more steps, whoever asks. */
    @CommandHandlerInterceptor
    Object refuseOnceDisposed(InterceptorChain chain) throws Exception {
        if (disposed) {
            throw new RuleViolation(CommentProblem.COMMENT_DISPOSED,
                    "The comment has been disposed of; it takes no more steps");
        }
        return chain.proceed();
    }

    @CommandHandler
    Comment(ReceiveComment command, Actor actor, ResponseTimetable timetable) {
        if (!actor.hasAny(Role.ADMIN, Role.SERVICE)) {
            throw new RuleViolation(CommentProblem.NOT_ADMIN_OR_SERVICE,
                    "Comments are entered by the office or arrive from the platform's webhook");
        }
        apply(new CommentReceived(command.commentId(), command.accountId(), command.platform(), command.accountHandle(),
                command.author(), command.authorPlatformId(), command.text(), command.receivedAt(), command.onPostId(),
                command.platformCommentId(), timetable.respondBy(command.receivedAt())));
    }

    @CommandHandler
    void handle(ModerateComment command, Actor actor, SocialPlatform socialPlatform, DeviceClearance device) {
        requireModerator(actor);
        device.requireFor(accountId, actor.username(), "moderate comments");
        CommentAction action = command.action();
        if (isBlank(command.note())) {
            throw new RuleViolation(CommentProblem.NOTE_REQUIRED, "Say in the note what was done and why");
        }
        if (action.needsPublicReason() && isBlank(command.publicReason())) {
            throw new RuleViolation(CommentProblem.PUBLIC_REASON_REQUIRED,
                    "Whoever hides, deletes or blocks tells the audience exactly why: give the publicReason");
        }
        if (deleted && action != CommentAction.BLOCK_AUTHOR && action != CommentAction.REPORT_TO_PLATFORM) {
            throw new RuleViolation(CommentProblem.COMMENT_DELETED,
                    "The comment has been deleted; its author can still be blocked or reported");
        }
        if (hidden && action == CommentAction.HIDE) {
            throw new RuleViolation(CommentProblem.ALREADY_HIDDEN, "The comment is already hidden");
        }
        Escalation escalation = command.escalation();
        requireComplete(escalation);
        String onPlatform = platformCommentId == null ? commentId : platformCommentId;
        switch (action) {
            case HIDE -> socialPlatform.hideReply(accountHandle, onPlatform);
            case DELETE -> socialPlatform.deleteComment(accountHandle, onPlatform);
            case BLOCK_AUTHOR ->
                socialPlatform.blockUser(accountHandle, authorPlatformId == null ? author : authorPlatformId);
            case RESPOND, NO_ACTION, REPORT_TO_PLATFORM -> {
                // recorded only: replies are not posted (policy 004) and X has no
                // reporting API
            }
        }
        String noticeRef = action.needsPublicReason()
                ? socialPlatform.createPost(accountHandle, command.publicReason(), null) : null;
        apply(new CommentModerated(commentId, command.moderationId(), action, actor.username(), command.note(),
                command.publicReason(), noticeRef));
        if (action == CommentAction.DELETE) {
            apply(new ContentDeleted(commentId, ContentType.COMMENT, actor.username(), command.note(), null,
                    onPlatform));
        }
        if (escalation != null) {
            apply(new CommentEscalationRequested(commentId, command.moderationId(), actor.username(),
                    escalation.category(), escalation.summary(),
                    details("Moderation: " + action + ". " + command.note()), platform, receivedAt, escalation.form(),
                    List.copyOf(escalation.subjects()), escalation.allegationAgainstAdult()));
        }
    }

    @CommandHandler
    void handle(RecordMissedResponse command, Actor actor) {
        requireSystem(actor);
        if (actedOn || deleted || overdue) {
            throw new RuleViolation(CommentProblem.RESPONDED_IN_TIME, "Someone acted on the comment before it was due");
        }
        apply(new ResponseDeadlineMissed(commentId, respondBy));
    }

    /**
     * A missed response goes to the DSL (002:142-144) through the same incident report a
     * moderator's escalation makes; once.
     */
    @CommandHandler
    void handle(EscalateMissedResponse command, Actor actor) {
        requireSystem(actor);
        if (!overdue || missedResponseEscalated) {
            return;
        }
        apply(new CommentEscalationRequested(commentId, MISSED_RESPONSE, command.reportedFor(), Category.OTHER,
                "No response within 24 hours to a comment on the school's " + platform + " account " + accountHandle,
                details("Nobody acted on it by " + respondBy + ": the response the policy asks for within 24 hours "
                        + "(002:142-144) was missed."),
                platform, receivedAt, Form.SAFEGUARDING, List.of(), false));
    }

    /**
     * Only a clock still running, at the time it is due, is put back; the reconciler may
     * have looked too early.
     */
    @CommandHandler
    void handle(ReinstateResponseDeadline command, Actor actor) {
        requireSystem(actor);
        if (actedOn || deleted || overdue || !respondBy.equals(command.respondBy())) {
            throw new RuleViolation(CommentProblem.DEADLINE_NOT_RUNNING,
                    "The comment has no response deadline running that is due " + command.respondBy());
        }
        apply(new ResponseDeadlineReinstated(commentId, respondBy, command.reason()));
    }

    @CommandHandler
    void handle(RecordCommentEscalation command, Actor actor) {
        requireSystem(actor);
        if (pendingEscalations.contains(command.moderationId())) {
            apply(new CommentEscalated(commentId, command.moderationId(), command.incidentId()));
        }
    }

    @CommandHandler
    void handle(RecordCommentEscalationFailure command, Actor actor) {
        requireSystem(actor);
        if (pendingEscalations.contains(command.moderationId())) {
            apply(new CommentEscalationFailed(commentId, command.moderationId(), command.reason()));
        }
    }

    /** Deletion: once only, and off the platform. */
    @CommandHandler
    void handle(DeleteComment command, Actor actor, SocialPlatform socialPlatform) {
        // incident-service deletes for the person who asked on the incident, never as
        // itself.
        if (!actor.hasAny(Role.COMPUTING_LEAD, Role.DSL, Role.SLT)) {
            throw new RuleViolation(CommentProblem.NOT_A_MODERATOR,
                    "Only the computing lead, the DSL or SLT delete content");
        }
        if (deleted) {
            return;
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(CommentProblem.REASON_REQUIRED, "Deleting content needs a reason");
        }
        String onPlatform = platformCommentId == null ? commentId : platformCommentId;
        socialPlatform.deleteComment(accountHandle, onPlatform);
        apply(new ContentDeleted(commentId, ContentType.COMMENT, actor.username(), command.reason(),
                command.incidentId(), onPlatform));
    }

    /**
     * Blocking the author for an incident: once only, on the platform. A moderator's
     * BLOCK_AUTHOR tells the audience too; an incident's block is the school's own step.
     */
    @CommandHandler
    void handle(BlockCommentAuthor command, Actor actor, SocialPlatform socialPlatform) {
        // incident-service blocks for the person who asked on the incident, never as
        // itself.
        if (!actor.hasAny(Role.COMPUTING_LEAD, Role.DSL, Role.SLT)) {
            throw new RuleViolation(CommentProblem.NOT_A_MODERATOR,
                    "Only the computing lead, the DSL or SLT block authors");
        }
        if (authorBlocked) {
            return;
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(CommentProblem.REASON_REQUIRED, "Blocking an author needs a reason");
        }
        String platformUser = authorPlatformId == null ? author : authorPlatformId;
        socialPlatform.blockUser(accountHandle, platformUser);
        apply(new CommentAuthorBlocked(commentId, actor.username(), command.reason(), command.incidentId(),
                platformUser));
    }

    /**
     * Only an approved disposal disposes of a comment; not while an escalation is on its
     * way to incident-service, whose saga still holds the comment's text until it is
     * reported.
     */
    @CommandHandler
    void handle(DisposeComment command, Actor actor) {
        requireSystem(actor);
        if (!pendingEscalations.isEmpty()) {
            throw new RuleViolation(CommentProblem.COMMENT_ESCALATION_PENDING,
                    "The comment is still being reported as an incident; it is disposed of once that is done");
        }
        apply(new CommentDisposed(commentId, command.disposalId()));
    }

    /**
     * An allegation names the adult it is about, so that incident-service can keep it
     * from them and route it to their case manager.
     */
    private static void requireComplete(Escalation escalation) {
        if (escalation == null) {
            return;
        }
        if (escalation.category() == null || isBlank(escalation.summary()) || escalation.form() == null
                || escalation.subjects() == null) {
            throw new RuleViolation(CommentProblem.ESCALATION_INCOMPLETE,
                    "An escalation gives the form, the category and a summary");
        }
        if (escalation.allegationAgainstAdult()
                && escalation.subjects().stream().noneMatch(Subject::worksWithChildren)) {
            throw new RuleViolation(CommentProblem.ALLEGATION_NAMES_NO_ADULT,
                    "An allegation against an adult names the adult: a STAFF, VOLUNTEER or GOVERNOR subject");
        }
    }

    private String details(String whatHappened) {
        String details = "Comment by " + author + " on " + platform + " account " + accountHandle + ", received "
                + receivedAt + ":\n" + text + "\n\n" + whatHappened;
        return details.length() <= DETAILS_LIMIT ? details : details.substring(0, DETAILS_LIMIT);
    }

    private static void requireModerator(Actor actor) {
        if (!actor.hasAny(Role.COMPUTING_LEAD, Role.DSL, Role.SLT)) {
            throw new RuleViolation(CommentProblem.NOT_A_MODERATOR,
                    "Only the computing lead, the DSL or SLT moderate comments");
        }
    }

    private static void requireSystem(Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(CommentProblem.SYSTEM_ONLY, "Only the workflow itself records this");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(CommentReceived event) {
        commentId = event.commentId();
        accountId = event.accountId();
        platform = event.platform();
        accountHandle = event.accountHandle();
        author = event.author();
        authorPlatformId = event.authorPlatformId();
        text = event.text();
        receivedAt = event.receivedAt();
        platformCommentId = event.platformCommentId();
        respondBy = event.respondBy();
    }

    @EventSourcingHandler
    void on(CommentModerated event) {
        actedOn = true;
        if (event.action() == CommentAction.HIDE) {
            hidden = true;
        }
        authorBlocked |= event.action() == CommentAction.BLOCK_AUTHOR;
    }

    @EventSourcingHandler
    void on(CommentAuthorBlocked event) {
        actedOn = true;
        authorBlocked = true;
    }

    @EventSourcingHandler
    void on(ContentDeleted event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(ResponseDeadlineMissed event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(CommentEscalationRequested event) {
        pendingEscalations.add(event.moderationId());
        missedResponseEscalated |= MISSED_RESPONSE.equals(event.moderationId());
    }

    @EventSourcingHandler
    void on(CommentEscalated event) {
        pendingEscalations.remove(event.moderationId());
    }

    @EventSourcingHandler
    void on(CommentEscalationFailed event) {
        pendingEscalations.remove(event.moderationId());
    }

    @EventSourcingHandler
    void on(CommentDisposed event) {
        disposed = true;
        author = null;
        authorPlatformId = null;
        text = null;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Comment() {
    }

}
