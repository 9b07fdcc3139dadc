package org.safeguarding.post.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.CommentAuthorBlocked;
import org.safeguarding.kernel.api.post.CommentDisposed;
import org.safeguarding.kernel.api.post.CommentEscalated;
import org.safeguarding.kernel.api.post.CommentEscalationFailed;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.ResponseDeadlineMissed;
import org.safeguarding.kernel.api.post.ResponseDeadlineReinstated;
import org.safeguarding.kernel.audit.AuditMetaData;

/**
 * A comment as moderators see it: its clock, what was done and said about it, and the
 * incidents it led to.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CommentView {

    /** A disposed comment's text. */
    static final String DISPOSED = "[disposed]";

    public enum EscalationStatus {

        PENDING, REPORTED, FAILED

    }

    public record Escalation(Category category, String summary, EscalationStatus status, String incidentId,
            String failure) {
    }

    public record Action(String id, CommentAction action, String by, Instant at, String note, String publicReason,
            String noticeRef, Escalation escalation) {

        Action withEscalation(Escalation changed) {
            return new Action(id, action, by, at, note, publicReason, noticeRef, changed);
        }
    }

    /**
     * {@code via} names the service that deleted it on {@code by}'s behalf
     * (incident-service), if one did.
     */
    public record Deletion(String by, Instant at, String reason, String incidentId, String via) {
    }

    /**
     * The author was blocked for an incident; {@code via} names the service that asked on
     * {@code by}'s behalf.
     */
    public record AuthorBlock(String by, Instant at, String reason, String incidentId, String via) {
    }

    /** The response clock went missing from the scheduler and the system put it back. */
    public record DeadlineReinstatement(Instant respondBy, Instant at, String reason) {
    }

    private String id;

    private String accountId;

    private String platform;

    private String accountHandle;

    private String author;

    private String text;

    private Instant receivedAt;

    private String onPostId;

    private CommentStatus status;

    private Instant respondBy;

    private boolean overdue;

    private Instant overdueRecordedAt;

    /**
     * Nobody acted in time: it counts against the account and was escalated to the DSL.
     */
    private boolean missedResponse;

    private Escalation missedResponseEscalation;

    private List<Action> actions = new ArrayList<>();

    private List<String> incidentIds = new ArrayList<>();

    private Deletion deletion;

    private AuthorBlock authorBlock;

    private List<DeadlineReinstatement> deadlineReinstatements = new ArrayList<>();

    private Instant disposedAt;

    private String disposalId;

    private long version;

    private Instant updatedAt;

    CommentView() {
    }

    private CommentView(CommentView view) {
        id = view.id;
        accountId = view.accountId;
        platform = view.platform;
        accountHandle = view.accountHandle;
        author = view.author;
        text = view.text;
        receivedAt = view.receivedAt;
        onPostId = view.onPostId;
        status = view.status;
        respondBy = view.respondBy;
        overdue = view.overdue;
        overdueRecordedAt = view.overdueRecordedAt;
        missedResponse = view.missedResponse;
        missedResponseEscalation = view.missedResponseEscalation;
        actions = new ArrayList<>(view.actions);
        incidentIds = new ArrayList<>(view.incidentIds);
        deletion = view.deletion;
        authorBlock = view.authorBlock;
        deadlineReinstatements = new ArrayList<>(view.deadlineReinstatements);
        disposedAt = view.disposedAt;
        disposalId = view.disposalId;
        version = view.version;
        updatedAt = view.updatedAt;
    }

    CommentView apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        Instant at = message.getTimestamp();
        if (event instanceof CommentReceived received) {
            id = received.commentId();
            accountId = received.accountId();
            platform = received.platform();
            accountHandle = received.accountHandle();
            author = received.author();
            text = received.text();
            receivedAt = received.receivedAt();
            onPostId = received.onPostId();
            status = CommentStatus.AWAITING;
            respondBy = received.respondBy();
        }
        else if (event instanceof CommentModerated moderated) {
            actions.add(new Action(moderated.moderationId(), moderated.action(), moderated.moderatedBy(), at,
                    moderated.note(), moderated.publicReason(), moderated.noticeRef(), null));
            status = statusAfter(moderated.action());
        }
        else if (event instanceof ContentDeleted deleted) {
            status = CommentStatus.DELETED;
            deletion = new Deletion(deleted.deletedBy(), at, deleted.reason(), deleted.incidentId(),
                    AuditMetaData.viaOf(message.getMetaData()));
        }
        else if (event instanceof CommentAuthorBlocked blocked) {
            status = statusAfter(CommentAction.BLOCK_AUTHOR);
            authorBlock = new AuthorBlock(blocked.blockedBy(), at, blocked.reason(), blocked.incidentId(),
                    AuditMetaData.viaOf(message.getMetaData()));
        }
        else if (event instanceof ResponseDeadlineMissed) {
            overdue = true;
            overdueRecordedAt = at;
            missedResponse = true;
        }
        else if (event instanceof ResponseDeadlineReinstated reinstated) {
            deadlineReinstatements.add(new DeadlineReinstatement(reinstated.respondBy(), at, reinstated.reason()));
        }
        else if (event instanceof CommentEscalationRequested requested) {
            escalation(requested.moderationId(),
                    new Escalation(requested.category(), requested.summary(), EscalationStatus.PENDING, null, null));
        }
        else if (event instanceof CommentEscalated escalated) {
            // A missed response's incident is shown with it; incidentIds are the ones
            // moderators asked for.
            if (!Comment.MISSED_RESPONSE.equals(escalated.moderationId())) {
                incidentIds.add(escalated.incidentId());
            }
            escalation(escalated.moderationId(), null)
                .ifPresent(before -> escalation(escalated.moderationId(), new Escalation(before.category(),
                        before.summary(), EscalationStatus.REPORTED, escalated.incidentId(), null)));
        }
        else if (event instanceof CommentEscalationFailed failed) {
            escalation(failed.moderationId(), null)
                .ifPresent(before -> escalation(failed.moderationId(), new Escalation(before.category(),
                        before.summary(), EscalationStatus.FAILED, null, failed.reason())));
        }
        else if (event instanceof CommentDisposed disposed) {
            dispose(disposed, at);
        }
        version = message.getSequenceNumber();
        updatedAt = at;
        return this;
    }

    /**
     * What is left of a disposed comment: its id, account, status, dates and the staff's
     * actions; no author, text, notes, reasons or escalation summaries.
     */
    private void dispose(CommentDisposed disposed, Instant at) {
        status = CommentStatus.DISPOSED;
        disposedAt = at;
        disposalId = disposed.disposalId();
        author = null;
        text = DISPOSED;
        actions = new ArrayList<>(actions.stream()
            .map(action -> new Action(action.id(), action.action(), action.by(), action.at(), null, null,
                    action.noticeRef(), withoutSummary(action.escalation())))
            .toList());
        missedResponseEscalation = withoutSummary(missedResponseEscalation);
        if (deletion != null) {
            deletion = new Deletion(deletion.by(), deletion.at(), null, deletion.incidentId(), deletion.via());
        }
        if (authorBlock != null) {
            authorBlock = new AuthorBlock(authorBlock.by(), authorBlock.at(), null, authorBlock.incidentId(),
                    authorBlock.via());
        }
    }

    private static Escalation withoutSummary(Escalation escalation) {
        return escalation == null ? null : new Escalation(escalation.category(), null, escalation.status(),
                escalation.incidentId(), escalation.failure());
    }

    /**
     * The action's escalation as it was; replaced by {@code changed} when that is given.
     */
    private Optional<Escalation> escalation(String moderationId, Escalation changed) {
        if (Comment.MISSED_RESPONSE.equals(moderationId)) {
            if (changed != null) {
                missedResponseEscalation = changed;
            }
            return Optional.ofNullable(missedResponseEscalation);
        }
        for (int index = 0; index < actions.size(); index++) {
            Action action = actions.get(index);
            if (action.id().equals(moderationId)) {
                if (changed != null) {
                    actions.set(index, action.withEscalation(changed));
                }
                return Optional.ofNullable(action.escalation());
            }
        }
        return Optional.empty();
    }

    private CommentStatus statusAfter(CommentAction action) {
        if (status == CommentStatus.DELETED || status == CommentStatus.HIDDEN && action != CommentAction.DELETE) {
            return status;
        }
        return switch (action) {
            case RESPOND -> CommentStatus.RESPONDED;
            case NO_ACTION -> CommentStatus.NO_ACTION;
            case HIDE -> CommentStatus.HIDDEN;
            case DELETE -> CommentStatus.DELETED;
            case BLOCK_AUTHOR -> CommentStatus.AUTHOR_BLOCKED;
            case REPORT_TO_PLATFORM -> CommentStatus.REPORTED;
        };
    }

    /**
     * A copy as read at {@code now}: overdue once recorded by the saga, or as soon as the
     * clock has run out with the comment still awaiting; this view stays as its events
     * left it.
     */
    CommentView asOf(Instant now) {
        CommentView read = new CommentView(this);
        read.overdue = overdueRecordedAt != null || isAwaiting() && now.isAfter(respondBy);
        return read;
    }

    boolean isAwaiting() {
        return status == CommentStatus.AWAITING;
    }

    /**
     * Awaiting, and the system has not yet recorded it as overdue: its response deadline
     * should be scheduled.
     */
    boolean isResponseClockRunning() {
        return isAwaiting() && overdueRecordedAt == null;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    public String id() {
        return id;
    }

    String accountId() {
        return accountId;
    }

    public String platform() {
        return platform;
    }

    public String accountHandle() {
        return accountHandle;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public CommentStatus status() {
        return status;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public boolean overdue() {
        return overdue;
    }

    public boolean missedResponse() {
        return missedResponse;
    }

    public Escalation missedResponseEscalation() {
        return missedResponseEscalation;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<Action> actions() {
        return actions;
    }

    public Instant disposedAt() {
        return disposedAt;
    }

    public long version() {
        return version;
    }

}
