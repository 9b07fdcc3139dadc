package org.safeguarding.kernel.api.incident;

import org.safeguarding.kernel.api.PersonalData;

/**
 * A person the incident is about. Name and ref are a pupil's identity: shown only to
 * those entitled to it.
 */
public record Subject(SubjectKind kind, @PersonalData String name, @PersonalData String ref) {

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
