package org.safeguarding.incident.retention;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.incident.RetentionRule;

/** The bodies of the disposal calls. */
final class DisposalRequests {

    private DisposalRequests() {
    }

    @Schema(description = "ProposeDisposal: records fallen due under one rule, as GET /api/retention/due lists them",
            example = """
                    {
                      "incidentIds": [ "6f1c0e9e-3d7a-4b8e-9a43-0d7f2f8e5a11" ],
                      "rule": "E_SAFETY"
                    }
                    """)
    record Proposal(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 64) String> incidentIds,
            @NotNull RetentionRule rule) {
    }

    record Rejection(@NotBlank @Size(max = 2_000) String reason) {
    }

}
