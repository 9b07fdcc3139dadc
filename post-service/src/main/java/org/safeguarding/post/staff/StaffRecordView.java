package org.safeguarding.post.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.api.post.PolicyAcknowledged;
import org.safeguarding.kernel.api.post.PostingReadiness;
import org.safeguarding.kernel.api.post.TrainingKind;
import org.safeguarding.kernel.api.post.TrainingRecorded;

/**
 * A member of staff's training and acknowledgements, folded from their few events as they
 * are read (no table of its own to rebuild).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class StaffRecordView {

    /** Induction or training, as recorded. */
    record Training(TrainingKind kind, LocalDate completedOn, String note, String recordedBy) {
    }

    /** A version of the policy the person read and understood. */
    record Acknowledgement(String version, Instant acknowledgedAt) {
    }

    private String username;

    private List<Training> training = new ArrayList<>();

    private List<Acknowledgement> acknowledgements = new ArrayList<>();

    private long version;

    private StaffRecordView(String username) {
        this.username = username;
        this.version = -1;
    }

    /** The record of someone with nothing recorded yet. */
    static StaffRecordView empty(String username) {
        return new StaffRecordView(username);
    }

    StaffRecordView apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof TrainingRecorded recorded) {
            training.add(new Training(recorded.kind(), recorded.completedOn(), recorded.note(), recorded.recordedBy()));
        }
        else if (event instanceof PolicyAcknowledged acknowledged) {
            acknowledgements.add(new Acknowledgement(acknowledged.version(), acknowledged.acknowledgedAt()));
        }
        version = message.getSequenceNumber();
        return this;
    }

    PostingReadiness readiness() {
        return new PostingReadiness(username, training.stream().map(Training::kind).distinct().toList(),
                acknowledgements.stream().map(Acknowledgement::version).toList());
    }

    /** The newest version acknowledged, or null for none. */
    String lastAcknowledgedVersion() {
        return acknowledgements.isEmpty() ? null : acknowledgements.get(acknowledgements.size() - 1).version();
    }

    public String username() {
        return username;
    }

    public List<Training> training() {
        return training;
    }

    public List<Acknowledgement> acknowledgements() {
        return acknowledgements;
    }

    public long version() {
        return version;
    }

}
