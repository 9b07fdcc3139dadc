package org.safeguarding.post.retention;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.post.ContentRetentionRule;

/** The bodies of the disposal calls. */
final class DisposalRequests {

    private DisposalRequests() {
    }

    @Schema(description = "Propose disposing of posts (rule POSTS) or comments (rule COMMENTS) kept past the school's "
            + "period, as GET /api/retention/due lists them", example = """
                    {
                      "contentIds": [ "6f1c0e9e-3d7a-4b8e-9a43-0d7f2f8e5a11" ],
                      "rule": "COMMENTS"
                    }
                    """)
    record Proposal(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 64) String> contentIds,
            @NotNull ContentRetentionRule rule) {
    }

    record Rejection(@NotBlank @Size(max = 2_000) String reason) {
    }

}
