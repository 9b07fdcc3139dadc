package org.safeguarding.kernel.api.post;

import java.time.LocalDate;

/** The member of staff completed induction or training on that day; who recorded it. */
public record TrainingRecorded(String username, TrainingKind kind, LocalDate completedOn, String note,
        String recordedBy) {
}
