package org.safeguarding.incident.transfer;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.api.incident.EscalateUnconfirmedTransfer;
import org.safeguarding.kernel.api.incident.FileTransferred;
import org.safeguarding.kernel.api.incident.TransferDeadlineReinstated;
import org.safeguarding.kernel.api.incident.TransferReceiptRecorded;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five-school-day clock of a transfer (KCSIE): a receipt stops it; without one, when
 * it runs out the transfer is escalated to the headteacher as the system, and the clock
 * ends. The deadline lives in db-scheduler's table and fires after a restart.
 */
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class TransferReceiptSaga {

    static final String TRANSFER_ID = "transferId";

    static final String RECEIPT_DEADLINE = "transfer-receipt-deadline";

    private static final Logger log = LoggerFactory.getLogger(TransferReceiptSaga.class);

    private static final DateTimeFormatter SCHOOL_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm");

    private String transferId;

    private String receiptDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(FileTransferred event, DeadlineManager deadlines) {
        transferId = event.transferId();
        schedule(new ReceiptDue(transferId, event.toSchool(), event.receiptDue()), deadlines);
    }

    /**
     * Starts the saga again should its state have gone too; a due time already passed
     * fires at once.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferDeadlineReinstated event, DeadlineManager deadlines) {
        transferId = event.transferId();
        schedule(new ReceiptDue(transferId, event.toSchool(), event.due()), deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = TRANSFER_ID)
    void on(TransferReceiptRecorded event, DeadlineManager deadlines) {
        cancel(deadlines);
    }

    private void schedule(ReceiptDue due, DeadlineManager deadlines) {
        cancel(deadlines);
        receiptDeadlineId = deadlines.schedule(due.due(), RECEIPT_DEADLINE, due);
    }

    private void cancel(DeadlineManager deadlines) {
        if (receiptDeadlineId != null) {
            deadlines.cancelSchedule(RECEIPT_DEADLINE, receiptDeadlineId);
            receiptDeadlineId = null;
        }
    }

    /** The transfer may have had its receipt meanwhile; it then refuses, as it should. */
    @DeadlineHandler(deadlineName = RECEIPT_DEADLINE)
    void receiptOverdue(ReceiptDue due, CommandGateway commands) {
        receiptDeadlineId = null;
        String reason = "No receipt from " + due.toSchool() + " by "
                + ZonedDateTime.ofInstant(due.due(), WorkingCalendar.SCHOOL_ZONE).format(SCHOOL_TIME)
                + " (Europe/London), five school days after the file was sent; escalated to the headteacher";
        commands.send(asSystem(new EscalateUnconfirmedTransfer(transferId, due.due(), reason)))
            .exceptionally(refused -> {
                log.info("Transfer {}: escalation not applied: {}", transferId, refused.getMessage());
                return null;
            });
        SagaLifecycle.end();
    }

}
