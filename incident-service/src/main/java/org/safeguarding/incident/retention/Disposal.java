package org.safeguarding.incident.retention;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.ApproveDisposal;
import org.safeguarding.kernel.api.incident.DisposalApproved;
import org.safeguarding.kernel.api.incident.DisposalProposed;
import org.safeguarding.kernel.api.incident.DisposalRejected;
import org.safeguarding.kernel.api.incident.ProposeDisposal;
import org.safeguarding.kernel.api.incident.RecordDisposal;
import org.safeguarding.kernel.api.incident.RecordDisposed;
import org.safeguarding.kernel.api.incident.RejectDisposal;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.retention.DisposalStatus;
import org.safeguarding.kernel.retention.FourEyes;

/**
 * A disposal of records fallen due: the DSL proposes it, a second person (the headteacher
 * or the chair of governors, never the proposer) approves or rejects it, and once its
 * records are disposed of it says how many, under which rule and by whose decision, never
 * whom they were about.
 */
@Aggregate
class Disposal {

    @AggregateIdentifier
    private String disposalId;

    private List<String> incidentIds;

    private RetentionRule rule;

    private String proposedBy;

    private String approvedBy;

    private DisposalStatus status;

    @CommandHandler
    Disposal(ProposeDisposal command, Actor actor, DueRecords records, Clock clock) {
        FourEyes.requireProposer(actor);
        records.requireDisposable(command.incidentIds(), command.rule());
        apply(new DisposalProposed(command.disposalId(), List.copyOf(command.incidentIds()), command.rule(),
                actor.username(), clock.instant()));
    }

    /**
     * Four eyes: someone other than the proposer, in a role that answers for the school,
     * approves; the records are checked again, since a hold may have been placed since.
     */
    @CommandHandler
    void handle(ApproveDisposal command, Actor actor, DueRecords records, Clock clock) {
        FourEyes.requireSecondPerson(status, proposedBy, actor, "approves");
        records.requireDisposable(incidentIds, rule);
        apply(new DisposalApproved(disposalId, actor.username(), clock.instant()));
    }

    @CommandHandler
    void handle(RejectDisposal command, Actor actor, Clock clock) {
        FourEyes.requireSecondPerson(status, proposedBy, actor, "rejects");
        apply(new DisposalRejected(disposalId, actor.username(), command.reason(), clock.instant()));
    }

    /** Sent by the approval once every record it names has been disposed of. */
    @CommandHandler
    void handle(RecordDisposal command, Clock clock) {
        FourEyes.requireApproved(status);
        apply(new RecordDisposed(disposalId, rule, proposedBy, approvedBy, incidentIds.size(), clock.instant()));
    }

    @EventSourcingHandler
    void on(DisposalProposed event) {
        disposalId = event.disposalId();
        incidentIds = event.incidentIds();
        rule = event.rule();
        proposedBy = event.proposedBy();
        status = DisposalStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(DisposalApproved event) {
        approvedBy = event.approvedBy();
        status = DisposalStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(DisposalRejected event) {
        status = DisposalStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(RecordDisposed event) {
        status = DisposalStatus.DISPOSED;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Disposal() {
    }

}
