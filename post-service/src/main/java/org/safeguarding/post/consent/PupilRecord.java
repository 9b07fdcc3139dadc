package org.safeguarding.post.consent;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.api.post.WrittenConsent;

/**
 * A pupil's line in the consent register, with who changed it last and when, and the
 * written consent behind it (absent when none is recorded: the report lists those).
 */
record PupilRecord(String ref, String name, boolean photoConsent, boolean noPhotoList, String updatedBy,
        Instant updatedAt, long version, @JsonInclude(JsonInclude.Include.NON_NULL) Evidence writtenConsent) {

    /**
     * The written consent as read on a day: {@code lapsesAfter} is the last day of its
     * academic year.
     */
    record Evidence(LocalDate givenOn, String givenBy, String relationship, String formReference, String academicYear,
            LocalDate lapsesAfter, boolean lapsed) {

        static Evidence of(WrittenConsent written, LocalDate today) {
            LocalDate lapsesAfter = AcademicYear.parse(written.academicYear()).orElseThrow().lastDay();
            return new Evidence(written.givenOn(), written.givenBy(), written.relationship(), written.formReference(),
                    written.academicYear(), lapsesAfter, today.isAfter(lapsesAfter));
        }
    }

    PupilConsent consent() {
        return new PupilConsent(ref, name, photoConsent, noPhotoList,
                writtenConsent == null ? null : writtenConsent.lapsesAfter());
    }

    /** Photo consent given, with no written consent recorded behind it. */
    public boolean lacksWrittenEvidence() {
        return photoConsent && writtenConsent == null;
    }

}
