package org.safeguarding.post.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountApproved;
import org.safeguarding.kernel.api.post.AccountClosed;
import org.safeguarding.kernel.api.post.AccountProposed;
import org.safeguarding.kernel.api.post.AccountRejected;
import org.safeguarding.kernel.api.post.AccountReviewed;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.AddPoster;
import org.safeguarding.kernel.api.post.AllowedMentionsSet;
import org.safeguarding.kernel.api.post.ApproveAccount;
import org.safeguarding.kernel.api.post.CloseAccount;
import org.safeguarding.kernel.api.post.PasswordRotated;
import org.safeguarding.kernel.api.post.PosterAdded;
import org.safeguarding.kernel.api.post.PosterRemoved;
import org.safeguarding.kernel.api.post.ProposeAccount;
import org.safeguarding.kernel.api.post.RecordAccountReview;
import org.safeguarding.kernel.api.post.RecordPasswordRotation;
import org.safeguarding.kernel.api.post.RejectAccount;
import org.safeguarding.kernel.api.post.RemovePoster;
import org.safeguarding.kernel.api.post.SetAllowedMentions;
import org.safeguarding.post.policy.SchoolPolicy;
import org.safeguarding.post.policy.SchoolPolicy.AccountApproval;

/**
 * An official school account, from business case to closure (Ashgrove: aim, audience,
 * promotion, two named staff, open or closed, approved by SLT). It decides who may post
 * and keeps the termly password change.
 */
@Aggregate
class SocialAccount {

    @AggregateIdentifier
    private String accountId;

    private AccountStatus status;

    private List<String> runBy;

    private final Set<String> posters = new LinkedHashSet<>();

    @CommandHandler
    SocialAccount(ProposeAccount command, Actor actor, PasswordRotationSchedule schedule) {
        if (!actor.has(Role.STAFF)) {
            throw new RuleViolation(AccountProblem.NOT_STAFF, "Only members of staff propose an official account");
        }
        List<String> runners = distinct(command.runBy());
        if (runners.size() < 2) {
            throw new RuleViolation(AccountProblem.TWO_NAMED_STAFF_REQUIRED,
                    "The business case names at least two members of staff who will run the account");
        }
        if (isBlank(command.aim()) || isBlank(command.audience()) || isBlank(command.promotion())
                || command.visibility() == null) {
            throw new RuleViolation(AccountProblem.BUSINESS_CASE_INCOMPLETE,
                    "The business case gives the aim, the audience, how the account will be promoted,"
                            + " and whether it is public");
        }
        apply(new AccountProposed(command.accountId(), command.platform(), command.handle(), command.aim(),
                command.audience(), command.promotion(), command.visibility(), runners,
                distinct(command.allowedMentions()), actor.username(), schedule.now()));
    }

    @CommandHandler
    void handle(ApproveAccount command, Actor actor, PasswordRotationSchedule schedule, SchoolPolicy policy) {
        requireApprover(actor, policy, "approve an account");
        requireStatus(AccountStatus.PROPOSED, "Only a proposed account can be approved");
        Instant openedAt = schedule.now();
        apply(new AccountApproved(accountId, actor.username(), runBy, openedAt, schedule.dueAfter(openedAt)));
    }

    @CommandHandler
    void handle(RejectAccount command, Actor actor, SchoolPolicy policy) {
        requireApprover(actor, policy, "reject an account");
        requireStatus(AccountStatus.PROPOSED, "Only a proposed account can be rejected");
        if (isBlank(command.reason())) {
            throw new RuleViolation(AccountProblem.REASON_REQUIRED, "Rejecting a business case needs a reason");
        }
        apply(new AccountRejected(accountId, actor.username(), command.reason()));
    }

    @CommandHandler
    void handle(AddPoster command, Actor actor) {
        requireSltOrAdmin(actor);
        requireStatus(AccountStatus.ACTIVE, "Only an active account has posters");
        if (posters.contains(command.username())) {
            throw new RuleViolation(AccountProblem.ALREADY_A_POSTER,
                    command.username() + " already posts on this account");
        }
        apply(new PosterAdded(accountId, command.username()));
    }

    @CommandHandler
    void handle(RemovePoster command, Actor actor, SchoolPolicy policy) {
        // The system removes a leaver (Leavers), who has gone whether or not enough staff
        // remain.
        if (!actor.isSystem()) {
            requireSltOrAdmin(actor);
        }
        if (!posters.contains(command.username())) {
            throw new RuleViolation(AccountProblem.NOT_A_POSTER, command.username() + " does not post on this account");
        }
        if (!actor.isSystem() && status == AccountStatus.ACTIVE && posters.size() - 1 < policy.minimumPosters()) {
            throw new RuleViolation(AccountProblem.TOO_FEW_NAMED_STAFF,
                    "The account keeps at least " + policy.minimumPosters()
                            + " named staff: add another poster before removing " + command.username());
        }
        apply(new PosterRemoved(accountId, command.username()));
    }

    @CommandHandler
    void handle(SetAllowedMentions command, Actor actor) {
        requireSlt(actor, "choose the accounts this account may mention");
        if (status == AccountStatus.CLOSED || status == AccountStatus.REJECTED) {
            throw new RuleViolation(AccountProblem.whileAccount(status), "The account is " + status);
        }
        apply(new AllowedMentionsSet(accountId, distinct(command.handles())));
    }

    @CommandHandler
    void handle(RecordPasswordRotation command, Actor actor, PasswordRotationSchedule schedule) {
        if (!actor.hasAny(Role.ADMIN, Role.COMPUTING_LEAD)) {
            throw new RuleViolation(AccountProblem.NOT_ADMIN_OR_COMPUTING_LEAD,
                    "Only the administrator or the computing lead records a password change");
        }
        requireStatus(AccountStatus.ACTIVE, "Only an active account has a password to change");
        Instant rotatedAt = schedule.now();
        apply(new PasswordRotated(accountId, rotatedAt, schedule.dueAfter(rotatedAt)));
    }

    /**
     * The computing lead reviews the school's presence regularly (000:23-24); the next
     * review is due {@code safeguarding.policy.review-interval} later.
     */
    @CommandHandler
    void handle(RecordAccountReview command, Actor actor, PasswordRotationSchedule schedule, SchoolPolicy policy) {
        if (!actor.has(Role.COMPUTING_LEAD)) {
            throw new RuleViolation(AccountProblem.NOT_COMPUTING_LEAD, "Only the computing lead reviews an account");
        }
        requireStatus(AccountStatus.ACTIVE, "Only an active account is reviewed");
        if (isBlank(command.findings())) {
            throw new RuleViolation(AccountProblem.FINDINGS_REQUIRED, "A review says what it found");
        }
        Instant reviewedAt = schedule.now();
        apply(new AccountReviewed(accountId, actor.username(), command.findings().trim(), command.confirmed(),
                reviewedAt, reviewedAt.plus(policy.reviewInterval())));
    }

    @CommandHandler
    void handle(CloseAccount command, Actor actor, PasswordRotationSchedule schedule) {
        requireSlt(actor, "close an account");
        if (status == AccountStatus.CLOSED) {
            throw new RuleViolation(AccountProblem.ALREADY_CLOSED, "The account is already closed");
        }
        requireStatus(AccountStatus.ACTIVE, "Only an active account can be closed; reject a proposal instead");
        apply(new AccountClosed(accountId, actor.username(), command.reason(), schedule.now()));
    }

    private static void requireSlt(Actor actor, String what) {
        if (!actor.has(Role.SLT)) {
            throw new RuleViolation(AccountProblem.NOT_SLT, "Only the senior leadership team may " + what);
        }
    }

    /**
     * The school's policy says who decides on a business case: SLT, or the headteacher
     * alone ({@code safeguarding.policy.account-approval}).
     */
    private static void requireApprover(Actor actor, SchoolPolicy policy, String what) {
        if (policy.accountApproval() == AccountApproval.SLT) {
            requireSlt(actor, what);
        }
        else if (!actor.has(Role.HEADTEACHER)) {
            throw new RuleViolation(AccountProblem.NOT_HEADTEACHER, "Only the headteacher may " + what);
        }
    }

    private static void requireSltOrAdmin(Actor actor) {
        if (!actor.hasAny(Role.SLT, Role.ADMIN)) {
            throw new RuleViolation(AccountProblem.NOT_SLT_OR_ADMIN, "Only SLT or the administrator decide who posts");
        }
    }

    private void requireStatus(AccountStatus expected, String message) {
        if (status != expected) {
            throw new RuleViolation(AccountProblem.whileAccount(status), message + "; this one is " + status);
        }
    }

    private static List<String> distinct(List<String> values) {
        List<String> kept = new ArrayList<>();
        if (values != null) {
            values.stream().filter(value -> !isBlank(value)).map(String::trim).distinct().forEach(kept::add);
        }
        return List.copyOf(kept);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(AccountProposed event) {
        accountId = event.accountId();
        status = AccountStatus.PROPOSED;
        runBy = event.runBy();
    }

    @EventSourcingHandler
    void on(AccountApproved event) {
        status = AccountStatus.ACTIVE;
        posters.addAll(event.posters());
    }

    @EventSourcingHandler
    void on(AccountRejected event) {
        status = AccountStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PosterAdded event) {
        posters.add(event.username());
    }

    @EventSourcingHandler
    void on(PosterRemoved event) {
        posters.remove(event.username());
    }

    @EventSourcingHandler
    void on(AccountClosed event) {
        status = AccountStatus.CLOSED;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected SocialAccount() {
    }

}
