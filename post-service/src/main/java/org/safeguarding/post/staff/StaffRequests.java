package org.safeguarding.post.staff;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.post.TrainingKind;

/** The bodies of the staff calls, and the acknowledgement report. */
final class StaffRequests {

    private StaffRequests() {
    }

    record Training(@NotNull TrainingKind kind, @NotNull LocalDate completedOn, @Size(max = 2_000) String note) {
    }

    record Acknowledgement(@NotBlank @Size(max = 50) String version) {
    }

    /** Someone yet to acknowledge the current version, with the last they did. */
    record Outstanding(String username, String name, String lastAcknowledgedVersion) {
    }

    record AcknowledgementReport(String currentVersion, List<Outstanding> notAcknowledged) {
    }

}
