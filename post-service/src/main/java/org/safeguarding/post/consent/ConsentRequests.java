package org.safeguarding.post.consent;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.post.WrittenConsent;

/** The bodies of the consent register's calls. */
final class ConsentRequests {

    private ConsentRequests() {
    }

    /**
     * {@code writtenConsent} is optional: a consent without it is recorded, and reported,
     * as such.
     */
    record Consent(@NotBlank @Size(max = 200) String name, @NotNull Boolean photoConsent, @NotNull Boolean noPhotoList,
            @Size(max = 2_000) String reason, @Valid WrittenConsentBody writtenConsent) {

        Consent(String name, Boolean photoConsent, Boolean noPhotoList, String reason) {
            this(name, photoConsent, noPhotoList, reason, null);
        }
    }

    /**
     * The parent's or carer's written permission: when, who and as what, the form's
     * reference, and the academic year it covers ({@code 2026/27}).
     */
    record WrittenConsentBody(LocalDate givenOn, @Size(max = 200) String givenBy, @Size(max = 100) String relationship,
            @Size(max = 100) String formReference, @Size(max = 7) String academicYear) {

        WrittenConsent toWrittenConsent() {
            return new WrittenConsent(givenOn, strip(givenBy), strip(relationship), strip(formReference),
                    strip(academicYear));
        }

        private static String strip(String text) {
            return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
        }
    }

}
