package org.safeguarding.incident.transfer;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.FileTransferred;
import org.safeguarding.kernel.api.incident.TransferReceiptOverdue;
import org.safeguarding.kernel.api.incident.TransferReceiptRecorded;

/**
 * A transfer as the DSL and the headteacher see it: where the file went, when the receipt
 * is due, and whether it came or the transfer was escalated. Folded from the transfer's
 * events; never the passphrase, which no event holds.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class TransferView {

    enum Status {

        /** Sent; the receipt is not yet due. */
        SENT,
        /** The receiving school's signed receipt is recorded. */
        RECEIVED,
        /** No receipt came in time: escalated to the headteacher. */
        OVERDUE

    }

    record ReceiptView(String receivingSchool, String receivedBy, Instant receivedAt, int incidentsReceived,
            Instant recordedAt, boolean withinDeadline) {
    }

    private static final String AGGREGATE = Transfer.class.getSimpleName();

    private String id;

    private String pupilRef;

    private String fromSchool;

    private String toSchool;

    private String toDsl;

    private List<String> incidentIds = List.of();

    private String fileSha256;

    private String sentBy;

    private Instant sentAt;

    private Instant receiptDue;

    private Status status;

    private boolean overdue;

    private Role escalatedTo;

    private Instant escalatedAt;

    private ReceiptView receipt;

    private long version;

    /** Folds one event of the transfer's aggregate into the view; others are ignored. */
    TransferView apply(DomainEventMessage<?> message) {
        if (!AGGREGATE.equals(message.getType())) {
            return this;
        }
        Object event = message.getPayload();
        if (event instanceof FileTransferred sent) {
            id = sent.transferId();
            pupilRef = sent.pupilRef();
            fromSchool = sent.fromSchool();
            toSchool = sent.toSchool();
            toDsl = sent.toDsl();
            incidentIds = List.copyOf(sent.incidentIds());
            fileSha256 = sent.bundleSha256();
            sentBy = sent.transferredBy();
            sentAt = sent.transferredAt();
            receiptDue = sent.receiptDue();
            status = Status.SENT;
        }
        else if (event instanceof TransferReceiptRecorded recorded) {
            status = Status.RECEIVED;
            overdue = false;
            receipt = new ReceiptView(recorded.receivingSchool(), recorded.receivedBy(), recorded.receivedAt(),
                    recorded.incidentsReceived(), recorded.recordedAt(), recorded.withinDeadline());
        }
        else if (event instanceof TransferReceiptOverdue escalated) {
            status = Status.OVERDUE;
            overdue = true;
            escalatedTo = escalated.escalatedTo();
            escalatedAt = message.getTimestamp();
        }
        version = message.getSequenceNumber();
        return this;
    }

    /** A clock that ran out shows as overdue before the saga has acted on it. */
    TransferView asOf(Instant now) {
        overdue = status == Status.OVERDUE || status == Status.SENT && now.isAfter(receiptDue);
        return this;
    }

    boolean exists() {
        return id != null;
    }

    // Public for the transfer pages' templates; the JSON is written from the fields.
    public String id() {
        return id;
    }

    public String pupilRef() {
        return pupilRef;
    }

    public String toSchool() {
        return toSchool;
    }

    public String toDsl() {
        return toDsl;
    }

    public List<String> incidentIds() {
        return incidentIds;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant receiptDue() {
        return receiptDue;
    }

    public Status status() {
        return status;
    }

    public boolean overdue() {
        return overdue;
    }

    public Role escalatedTo() {
        return escalatedTo;
    }

    public ReceiptView receipt() {
        return receipt;
    }

    String fileSha256() {
        return fileSha256;
    }

}
