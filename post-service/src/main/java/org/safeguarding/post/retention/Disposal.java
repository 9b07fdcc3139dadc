package org.safeguarding.post.retention;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.post.ApproveContentDisposal;
import org.safeguarding.kernel.api.post.ContentDisposalApproved;
import org.safeguarding.kernel.api.post.ContentDisposalProposed;
import org.safeguarding.kernel.api.post.ContentDisposalRejected;
import org.safeguarding.kernel.api.post.ContentRecordsDisposed;
import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.safeguarding.kernel.api.post.ProposeContentDisposal;
import org.safeguarding.kernel.api.post.RecordContentDisposal;
import org.safeguarding.kernel.api.post.RejectContentDisposal;
import org.safeguarding.kernel.retention.DisposalStatus;
import org.safeguarding.kernel.retention.FourEyes;

/**
 * A disposal of posts or comments kept past the school's period: the DSL proposes it, a
 * second person (the headteacher or the chair of governors, never the proposer) approves
 * or rejects it, and once they are disposed of it says how many, under which rule and by
 * whose decision, never whom they were by or about. The same four-eyes rule as
 * incident-service's disposals.
 */
@Aggregate
class Disposal {

    @AggregateIdentifier
    private String disposalId;

    private List<String> contentIds;

    private ContentRetentionRule rule;

    private String proposedBy;

    private String approvedBy;

    private DisposalStatus status;

    @CommandHandler
    Disposal(ProposeContentDisposal command, Actor actor, DisposableContent content, Clock clock) {
        FourEyes.requireProposer(actor);
        content.requireDisposable(command.contentIds(), command.rule());
        apply(new ContentDisposalProposed(command.disposalId(), List.copyOf(command.contentIds()), command.rule(),
                actor.username(), clock.instant()));
    }

    /** Checked again: the content may have been disposed of by another disposal since. */
    @CommandHandler
    void handle(ApproveContentDisposal command, Actor actor, DisposableContent content, Clock clock) {
        FourEyes.requireSecondPerson(status, proposedBy, actor, "approves");
        content.requireDisposable(contentIds, rule);
        apply(new ContentDisposalApproved(disposalId, actor.username(), clock.instant()));
    }

    @CommandHandler
    void handle(RejectContentDisposal command, Actor actor, Clock clock) {
        FourEyes.requireSecondPerson(status, proposedBy, actor, "rejects");
        apply(new ContentDisposalRejected(disposalId, actor.username(), command.reason(), clock.instant()));
    }

    /** Sent by the approval once every post or comment it names has been disposed of. */
    @CommandHandler
    void handle(RecordContentDisposal command, Clock clock) {
        FourEyes.requireApproved(status);
        apply(new ContentRecordsDisposed(disposalId, rule, proposedBy, approvedBy, contentIds.size(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ContentDisposalProposed event) {
        disposalId = event.disposalId();
        contentIds = event.contentIds();
        rule = event.rule();
        proposedBy = event.proposedBy();
        status = DisposalStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(ContentDisposalApproved event) {
        approvedBy = event.approvedBy();
        status = DisposalStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ContentDisposalRejected event) {
        status = DisposalStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ContentRecordsDisposed event) {
        status = DisposalStatus.DISPOSED;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Disposal() {
    }

}
