package org.safeguarding.kernel.api.post;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a member of staff completed induction or training, and when. */
public record RecordTraining(String username, TrainingKind kind, LocalDate completedOn, String note) {

    @TargetAggregateIdentifier
    public String staffMemberId() {
        return StaffMemberId.of(username);
    }

}
