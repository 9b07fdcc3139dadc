package org.safeguarding.kernel.api.post;

import java.util.List;

/**
 * A member of staff's recorded induction or training, and the policy versions they have
 * acknowledged.
 */
public record PostingReadiness(String username, List<TrainingKind> training, List<String> acknowledgedVersions) {

    public PostingReadiness {
        training = training == null ? List.of() : List.copyOf(training);
        acknowledgedVersions = acknowledgedVersions == null ? List.of() : List.copyOf(acknowledgedVersions);
    }

    public boolean isTrained() {
        return !training.isEmpty();
    }

    public boolean hasAcknowledged(String version) {
        return acknowledgedVersions.contains(version);
    }

}
