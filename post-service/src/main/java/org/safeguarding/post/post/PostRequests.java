package org.safeguarding.post.post;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.post.Exemption;
import org.safeguarding.kernel.api.post.ExemptionKind;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PostContent;

/**
 * The bodies of the post calls. A text longer than the platform allows is a
 * posting-policy violation the draft shows, so the limit here is only against abuse.
 */
final class PostRequests {

    private PostRequests() {
    }

    record Draft(@NotBlank @Size(max = 64) String accountId, @NotBlank @Size(max = 10_000) String text,
            @Size(max = 20) List<@Valid @NotNull MediumBody> media, @NotNull Location location,
            @Valid ExemptionBody exemption) {

        PostContent content() {
            return PostRequests.content(text, media, location, exemption);
        }
    }

    record Revision(@NotBlank @Size(max = 10_000) String text, @Size(max = 20) List<@Valid @NotNull MediumBody> media,
            @NotNull Location location, @Valid ExemptionBody exemption) {

        PostContent content() {
            return PostRequests.content(text, media, location, exemption);
        }
    }

    record MediumBody(@Size(max = 1_000) String caption,
            @Size(max = 100) List<@NotBlank @Size(max = 50) String> pupilRefs, @NotNull Boolean identifiable) {
    }

    record ExemptionBody(@NotNull ExemptionKind kind, @NotBlank @Size(max = 1_000) String reason) {
    }

    record Rejection(@NotBlank @Size(max = 2_000) String reason) {
    }

    private static PostContent content(String text, List<MediumBody> media, Location location,
            ExemptionBody exemption) {
        List<Medium> described = media == null ? List.of()
                : media.stream()
                    .map(medium -> new Medium(medium.caption(), medium.pupilRefs(), medium.identifiable()))
                    .toList();
        return new PostContent(text, described, location,
                exemption == null ? null : new Exemption(exemption.kind(), exemption.reason()));
    }

}
