package org.safeguarding.incident.transfer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.EscalateUnconfirmedTransfer;
import org.safeguarding.kernel.api.incident.FileTransferred;
import org.safeguarding.kernel.api.incident.RecordTransferReceipt;
import org.safeguarding.kernel.api.incident.ReinstateTransferDeadline;
import org.safeguarding.kernel.api.incident.TransferDeadlineReinstated;
import org.safeguarding.kernel.api.incident.TransferFile;
import org.safeguarding.kernel.api.incident.TransferReceiptOverdue;
import org.safeguarding.kernel.api.incident.TransferReceiptRecorded;

/**
 * One child-protection file sent to a pupil's next school: sent by the DSL, its receipt
 * recorded once, and escalated to the headteacher by the clock if none came in time.
 */
@Aggregate
class Transfer {

    @AggregateIdentifier
    private String transferId;

    private String toSchool;

    private Instant receiptDue;

    private boolean receiptRecorded;

    private boolean escalated;

    @CommandHandler
    Transfer(TransferFile command, Actor actor, TransferTimetable timetable) {
        requireDsl(actor, "sends a child-protection file to another school");
        if (command.incidentIds() == null || command.incidentIds().isEmpty()) {
            throw new RuleViolation(TransferProblem.NOTHING_TO_TRANSFER, "There is nothing to transfer");
        }
        Instant now = timetable.now();
        apply(new FileTransferred(command.transferId(), command.pupilRef(), command.fromSchool(), command.toSchool(),
                command.toDsl(), List.copyOf(command.incidentIds()), command.bundleSha256(), actor.username(), now,
                timetable.receiptDue(now)));
    }

    @CommandHandler
    void handle(RecordTransferReceipt command, Actor actor, TransferTimetable timetable) {
        requireDsl(actor, "records the receipt of a child-protection file");
        if (receiptRecorded) {
            throw new RuleViolation(TransferProblem.TRANSFER_RECEIPT_ALREADY_RECORDED,
                    "The receipt of this transfer is already recorded");
        }
        apply(new TransferReceiptRecorded(transferId, command.receivingSchool(), command.receivedBy(),
                command.receivedAt(), command.incidentsReceived(), timetable.now(),
                !command.receivedAt().isAfter(receiptDue)));
    }

    @CommandHandler
    void handle(EscalateUnconfirmedTransfer command, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(TransferProblem.TRANSFER_CLOCK_ONLY,
                    "Only the transfer's clock escalates a missing receipt");
        }
        if (receiptRecorded) {
            throw new RuleViolation(TransferProblem.TRANSFER_RECEIPT_ALREADY_RECORDED,
                    "The receipt came before the clock ran out");
        }
        apply(new TransferReceiptOverdue(transferId, receiptDue, Role.HEADTEACHER));
    }

    /**
     * Only a clock still running, at the time it is due, is put back; the reconciler may
     * have looked too early.
     */
    @CommandHandler
    void handle(ReinstateTransferDeadline command, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(TransferProblem.TRANSFER_CLOCK_ONLY,
                    "Only the deadline reconciler reinstates a transfer's clock");
        }
        if (receiptRecorded || escalated || !receiptDue.equals(command.due())) {
            throw new RuleViolation(TransferProblem.TRANSFER_CLOCK_NOT_RUNNING,
                    "The transfer has no receipt clock running that is due " + command.due());
        }
        apply(new TransferDeadlineReinstated(transferId, toSchool, receiptDue));
    }

    private static void requireDsl(Actor actor, String what) {
        if (!actor.has(Role.DSL)) {
            throw new RuleViolation(TransferProblem.TRANSFER_DSL_ONLY, "Only the DSL " + what);
        }
    }

    @EventSourcingHandler
    void on(FileTransferred event) {
        transferId = event.transferId();
        toSchool = event.toSchool();
        receiptDue = event.receiptDue();
    }

    @EventSourcingHandler
    void on(TransferReceiptRecorded event) {
        receiptRecorded = true;
    }

    @EventSourcingHandler
    void on(TransferReceiptOverdue event) {
        escalated = true;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Transfer() {
    }

}
