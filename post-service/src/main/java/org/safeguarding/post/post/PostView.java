package org.safeguarding.post.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.DraftRevised;
import org.safeguarding.kernel.api.post.Exemption;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PostApproved;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PostDisposed;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.PostPublished;
import org.safeguarding.kernel.api.post.PostRejected;
import org.safeguarding.kernel.api.post.PostSubmitted;
import org.safeguarding.kernel.audit.AuditMetaData;

/**
 * A post as posters and SLT see it, folded from its events. {@code violations} is not
 * stored: it is worked out when the view is read, because consent, posters and the time
 * of day change without the post changing.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class PostView {

    /** A disposed post's text. */
    static final String DISPOSED = "[disposed]";

    public record Rejection(String by, String reason, Instant at) {
    }

    private String id;

    private String accountId;

    private PostStatus status;

    private String author;

    private String text;

    private List<Medium> media = List.of();

    private Location location;

    private Exemption exemption;

    private Instant draftedAt;

    private String submittedBy;

    private String approvedBy;

    private List<Rejection> rejections = new ArrayList<>();

    private String accountHandle;

    private String publishedBy;

    private Instant publishedAt;

    private String platformPostId;

    private String deletedBy;

    /**
     * The service that deleted it on {@code deletedBy}'s behalf (incident-service), if
     * one did.
     */
    private String deletedVia;

    private Instant deletedAt;

    private String deletionReason;

    private String incidentId;

    private Instant disposedAt;

    private String disposalId;

    private List<Violation> violations = List.of();

    private long version;

    PostView() {
    }

    private PostView(PostView view) {
        id = view.id;
        accountId = view.accountId;
        status = view.status;
        author = view.author;
        text = view.text;
        media = view.media;
        location = view.location;
        exemption = view.exemption;
        draftedAt = view.draftedAt;
        submittedBy = view.submittedBy;
        approvedBy = view.approvedBy;
        rejections = new ArrayList<>(view.rejections);
        accountHandle = view.accountHandle;
        publishedBy = view.publishedBy;
        publishedAt = view.publishedAt;
        platformPostId = view.platformPostId;
        deletedBy = view.deletedBy;
        deletedVia = view.deletedVia;
        deletedAt = view.deletedAt;
        deletionReason = view.deletionReason;
        incidentId = view.incidentId;
        disposedAt = view.disposedAt;
        disposalId = view.disposalId;
        violations = view.violations;
        version = view.version;
    }

    PostView apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        Instant at = message.getTimestamp();
        if (event instanceof PostDrafted drafted) {
            id = drafted.postId();
            accountId = drafted.accountId();
            author = drafted.author();
            status = PostStatus.DRAFT;
            draftedAt = at;
            write(drafted.content());
        }
        else if (event instanceof DraftRevised revised) {
            write(revised.content());
        }
        else if (event instanceof PostSubmitted submitted) {
            status = PostStatus.SUBMITTED;
            submittedBy = submitted.submittedBy();
        }
        else if (event instanceof PostApproved approved) {
            status = PostStatus.APPROVED;
            approvedBy = approved.approvedBy();
        }
        else if (event instanceof PostRejected rejected) {
            status = PostStatus.DRAFT;
            approvedBy = null;
            rejections.add(new Rejection(rejected.rejectedBy(), rejected.reason(), at));
        }
        else if (event instanceof PostPublished published) {
            status = PostStatus.PUBLISHED;
            accountHandle = published.accountHandle();
            publishedBy = published.publishedBy();
            publishedAt = published.publishedAt();
            platformPostId = published.platformPostId();
        }
        else if (event instanceof ContentDeleted deleted) {
            status = PostStatus.DELETED;
            deletedBy = deleted.deletedBy();
            deletedVia = AuditMetaData.viaOf(message.getMetaData());
            deletedAt = at;
            deletionReason = deleted.reason();
            incidentId = deleted.incidentId();
        }
        else if (event instanceof PostDisposed disposed) {
            dispose(disposed, at);
        }
        version = message.getSequenceNumber();
        return this;
    }

    /**
     * What is left of a disposed post: its id, account, status and dates, and who acted
     * on it as staff; no author, text, media, place or reasons.
     */
    private void dispose(PostDisposed disposed, Instant at) {
        status = PostStatus.DISPOSED;
        disposedAt = at;
        disposalId = disposed.disposalId();
        author = null;
        write(new PostContent(DISPOSED, List.of(), null, null));
        rejections = new ArrayList<>(
                rejections.stream().map(rejection -> new Rejection(rejection.by(), null, rejection.at())).toList());
        deletionReason = null;
    }

    private void write(PostContent content) {
        text = content.text();
        media = content.media();
        location = content.location();
        exemption = content.exemption();
    }

    /**
     * A copy that shows the violations found when it is read; this view stays as its
     * events left it.
     */
    PostView withViolations(List<Violation> live) {
        PostView read = new PostView(this);
        read.violations = List.copyOf(live);
        return read;
    }

    PostContent content() {
        return new PostContent(text, media, location, exemption);
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public PostStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public List<Medium> media() {
        return media;
    }

    public Location location() {
        return location;
    }

    public Exemption exemption() {
        return exemption;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public String deletionReason() {
        return deletionReason;
    }

    public Instant disposedAt() {
        return disposedAt;
    }

    public List<Violation> violations() {
        return violations;
    }

    public long version() {
        return version;
    }

}
