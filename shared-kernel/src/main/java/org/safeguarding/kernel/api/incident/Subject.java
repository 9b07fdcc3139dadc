package org.safeguarding.kernel.api.incident;

import java.time.LocalDate;

import org.safeguarding.kernel.api.PersonalData;

/**
 * A person the incident is about. Name and ref are a pupil's identity: shown only to
 * those entitled to it. The date of birth, when known, sets how long a child-protection
 * record or an allegation against an adult is kept; events stored before it existed load
 * without it.
 */
public record Subject(SubjectKind kind, @PersonalData String name, @PersonalData String ref,
        @PersonalData LocalDate dateOfBirth) {

    public Subject(SubjectKind kind, String name, String ref) {
        this(kind, name, ref, null);
    }

    /** Adults who work with children: the ones a LADO referral can be about. */
    public boolean worksWithChildren() {
        return kind == SubjectKind.STAFF || kind == SubjectKind.VOLUNTEER || kind == SubjectKind.GOVERNOR;
    }

    /**
     * Staff, pupils, governors and volunteers: the people a complaint must not name
     * without the headteacher knowing.
     */
    public boolean belongsToTheSchool() {
        return worksWithChildren() || kind == SubjectKind.PUPIL;
    }
}
