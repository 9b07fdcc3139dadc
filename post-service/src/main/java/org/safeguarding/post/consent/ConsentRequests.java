package org.safeguarding.post.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the consent register's calls. */
final class ConsentRequests {

    private ConsentRequests() {
    }

    record Consent(@NotBlank @Size(max = 200) String name, @NotNull Boolean photoConsent, @NotNull Boolean noPhotoList,
            @Size(max = 2_000) String reason) {
    }

}
