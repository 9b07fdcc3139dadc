package org.safeguarding.post.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.api.post.AccountApproved;
import org.safeguarding.kernel.api.post.AccountClosed;
import org.safeguarding.kernel.api.post.AccountProposed;
import org.safeguarding.kernel.api.post.AccountRejected;
import org.safeguarding.kernel.api.post.AccountReviewed;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.AllowedMentionsSet;
import org.safeguarding.kernel.api.post.MissedResponseCounts;
import org.safeguarding.kernel.api.post.PasswordRotated;
import org.safeguarding.kernel.api.post.PosterAdded;
import org.safeguarding.kernel.api.post.PosterRemoved;
import org.safeguarding.kernel.api.post.ReviewCheck;
import org.safeguarding.kernel.api.post.Visibility;

/**
 * One line of the register of official channels (Dinting's table, with Ashgrove's
 * business case), folded from its events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AccountView {

    private String id;

    private String platform;

    private String handle;

    private String aim;

    private String audience;

    private String promotion;

    private Visibility visibility;

    private AccountStatus status;

    private List<String> runBy = List.of();

    private List<String> posters = new ArrayList<>();

    private List<String> allowedMentions = List.of();

    private String proposedBy;

    private Instant proposedAt;

    private String approvedBy;

    private Instant opened;

    private String rejectedBy;

    private String rejectionReason;

    private String closedBy;

    private Instant closed;

    private String closureReason;

    private Instant passwordRotatedAt;

    private Instant passwordRotationDue;

    private boolean passwordRotationOverdue;

    private List<Review> reviews = new ArrayList<>();

    private Instant reviewDue;

    private boolean reviewOverdue;

    /**
     * Comments on it left unanswered past their deadline (002:142-144), counted when
     * read.
     */
    private long missedResponses;

    private long version;

    /**
     * One of the computing lead's periodic reviews (000:23-24): the checks it confirmed
     * and those it did not, which its findings explain.
     */
    public record Review(String reviewedBy, Instant reviewedAt, String findings, Set<ReviewCheck> confirmed,
            Set<ReviewCheck> notConfirmed) {

        static Review of(AccountReviewed reviewed) {
            Set<ReviewCheck> notConfirmed = EnumSet.allOf(ReviewCheck.class);
            notConfirmed.removeAll(reviewed.confirmed());
            return new Review(reviewed.reviewedBy(), reviewed.reviewedAt(), reviewed.findings(),
                    new TreeSet<>(reviewed.confirmed()), notConfirmed);
        }

    }

    AccountView() {
    }

    private AccountView(AccountView view) {
        id = view.id;
        platform = view.platform;
        handle = view.handle;
        aim = view.aim;
        audience = view.audience;
        promotion = view.promotion;
        visibility = view.visibility;
        status = view.status;
        runBy = view.runBy;
        posters = new ArrayList<>(view.posters);
        allowedMentions = view.allowedMentions;
        proposedBy = view.proposedBy;
        proposedAt = view.proposedAt;
        approvedBy = view.approvedBy;
        opened = view.opened;
        rejectedBy = view.rejectedBy;
        rejectionReason = view.rejectionReason;
        closedBy = view.closedBy;
        closed = view.closed;
        closureReason = view.closureReason;
        passwordRotatedAt = view.passwordRotatedAt;
        passwordRotationDue = view.passwordRotationDue;
        passwordRotationOverdue = view.passwordRotationOverdue;
        reviews = new ArrayList<>(view.reviews);
        reviewDue = view.reviewDue;
        reviewOverdue = view.reviewOverdue;
        missedResponses = view.missedResponses;
        version = view.version;
    }

    AccountView apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof AccountProposed proposed) {
            id = proposed.accountId();
            platform = proposed.platform();
            handle = proposed.handle();
            aim = proposed.aim();
            audience = proposed.audience();
            promotion = proposed.promotion();
            visibility = proposed.visibility();
            status = AccountStatus.PROPOSED;
            runBy = proposed.runBy();
            allowedMentions = proposed.allowedMentions();
            proposedBy = proposed.proposedBy();
            proposedAt = proposed.proposedAt();
        }
        else if (event instanceof AccountApproved approved) {
            status = AccountStatus.ACTIVE;
            approvedBy = approved.approvedBy();
            opened = approved.openedAt();
            posters = new ArrayList<>(approved.posters());
            passwordRotationDue = approved.passwordRotationDue();
        }
        else if (event instanceof AccountRejected rejected) {
            status = AccountStatus.REJECTED;
            rejectedBy = rejected.rejectedBy();
            rejectionReason = rejected.reason();
        }
        else if (event instanceof PosterAdded added) {
            posters.add(added.username());
        }
        else if (event instanceof PosterRemoved removed) {
            posters.remove(removed.username());
            // Whoever leaves may still know the password: it is changed at once
            // (002:90-92).
            passwordRotationDue = message.getTimestamp();
        }
        else if (event instanceof AllowedMentionsSet set) {
            allowedMentions = set.handles();
        }
        else if (event instanceof PasswordRotated rotated) {
            passwordRotatedAt = rotated.rotatedAt();
            passwordRotationDue = rotated.nextRotationDue();
        }
        else if (event instanceof AccountReviewed reviewed) {
            reviews.add(Review.of(reviewed));
            reviewDue = reviewed.nextReviewDue();
        }
        else if (event instanceof AccountClosed closure) {
            status = AccountStatus.CLOSED;
            closedBy = closure.closedBy();
            closed = closure.closedAt();
            closureReason = closure.reason();
            passwordRotationDue = null;
        }
        version = message.getSequenceNumber();
        return this;
    }

    /**
     * A copy as read at {@code now}, with whether the termly password change and the
     * periodic review are overdue then (only an open account has either; the first review
     * is due {@code reviewInterval} after it opened); this view stays as its events left
     * it.
     */
    AccountView asOf(Instant now, Duration reviewInterval) {
        AccountView read = new AccountView(this);
        boolean active = status == AccountStatus.ACTIVE;
        read.passwordRotationOverdue = active && passwordRotationDue != null && !now.isBefore(passwordRotationDue);
        read.reviewDue = !active ? null : reviewDue != null ? reviewDue : opened.plus(reviewInterval);
        read.reviewOverdue = active && !now.isBefore(read.reviewDue);
        return read;
    }

    /** This copy with its missed responses as the comments count them. */
    AccountView withMissedResponses(MissedResponseCounts missed) {
        missedResponses = missed.of(id);
        return this;
    }

    /**
     * Where the account stands for the posting policy; a poster no longer in the school
     * directory has left and posts no more.
     */
    AccountStanding standing(Predicate<String> inDirectory) {
        return new AccountStanding(id, platform, handle, status, posters.stream().filter(inDirectory).toList(),
                allowedMentions, passwordRotationOverdue);
    }

    public String id() {
        return id;
    }

    public String platform() {
        return platform;
    }

    public String handle() {
        return handle;
    }

    public String aim() {
        return aim;
    }

    public String audience() {
        return audience;
    }

    public String promotion() {
        return promotion;
    }

    public Visibility visibility() {
        return visibility;
    }

    public AccountStatus status() {
        return status;
    }

    public List<String> runBy() {
        return runBy;
    }

    public List<String> posters() {
        return posters;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant opened() {
        return opened;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant closed() {
        return closed;
    }

    public String closureReason() {
        return closureReason;
    }

    public Instant passwordRotationDue() {
        return passwordRotationDue;
    }

    public boolean passwordRotationOverdue() {
        return passwordRotationOverdue;
    }

    public List<Review> reviews() {
        return reviews;
    }

    public Instant reviewDue() {
        return reviewDue;
    }

    public boolean reviewOverdue() {
        return reviewOverdue;
    }

    public long missedResponses() {
        return missedResponses;
    }

    public long version() {
        return version;
    }

}
