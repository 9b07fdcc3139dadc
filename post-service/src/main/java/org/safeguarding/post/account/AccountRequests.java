package org.safeguarding.post.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.post.ReviewCheck;
import org.safeguarding.kernel.api.post.Visibility;

/**
 * The bodies of the account calls. Fewer than two runners is a business rule (422), not a
 * malformed request.
 */
final class AccountRequests {

    private AccountRequests() {
    }

    record Proposal(@NotBlank @Size(max = 50) String platform, @NotBlank @Size(max = 100) String handle,
            @NotBlank @Size(max = 2_000) String aim, @NotBlank @Size(max = 2_000) String audience,
            @NotBlank @Size(max = 2_000) String promotion, @NotNull Visibility visibility,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> runBy,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> allowedMentions) {
    }

    record Rejection(@NotBlank @Size(max = 2_000) String reason) {
    }

    record Poster(@NotBlank @Size(max = 100) String username) {
    }

    record AllowedMentions(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> handles) {
    }

    /** What the review found, and which checks it confirmed (none when left out). */
    record Review(@NotBlank @Size(max = 4_000) String findings, Set<ReviewCheck> confirmed) {
    }

    record Closure(@Size(max = 2_000) String reason) {
    }

}
