package org.safeguarding.post.post;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
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

    @Schema(description = "A draft post; the view lists the posting rules it breaks", example = """
            {
              "accountId": "3f2b8c1e-5d4a-4e8f-9a61-2c7d0b9e4f10",
              "text": "Year 6 enjoyed the science museum today: thank you to the parents who helped!",
              "media": [
                { "caption": "The class at the planetarium, from behind", "pupilRefs": [], "identifiable": false }
              ],
              "location": "ONSITE"
            }
            """)
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
            @Size(max = 100) List<@NotBlank @Size(max = 50) String> pupilRefs, @NotNull Boolean identifiable,
            boolean noPupilsShown) {

        MediumBody(String caption, List<String> pupilRefs, Boolean identifiable) {
            this(caption, pupilRefs, identifiable, false);
        }
    }

    /**
     * What the approver says about the post's photos, as in the {@code ApprovePost}
     * command.
     */
    record Approval(Boolean visibleNamesChecked, Boolean noPupilsShownConfirmed) {
    }

    record ExemptionBody(@NotNull ExemptionKind kind, @NotBlank @Size(max = 1_000) String reason) {
    }

    record Rejection(@NotBlank @Size(max = 2_000) String reason) {
    }

    private static PostContent content(String text, List<MediumBody> media, Location location,
            ExemptionBody exemption) {
        List<Medium> described = media == null ? List.of()
                : media.stream()
                    .map(medium -> new Medium(medium.caption(), medium.pupilRefs(), medium.identifiable(),
                            medium.noPupilsShown()))
                    .toList();
        return new PostContent(text, described, location,
                exemption == null ? null : new Exemption(exemption.kind(), exemption.reason()));
    }

}
