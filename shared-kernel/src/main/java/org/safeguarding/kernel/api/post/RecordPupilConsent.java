package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * The office or the DSL records a pupil's photo consent and whether the pupil is on the
 * no-photo list, for the first time or as a change, with the reason if one is given (a
 * parent's letter, the MIS export), and the written permission if it is at hand.
 */
public record RecordPupilConsent(@TargetAggregateIdentifier String ref, String name, boolean photoConsent,
        boolean noPhotoList, String reason, WrittenConsent writtenConsent) implements Reasoned {

    /** Without written evidence: recorded as such, and reported as missing it. */
    public RecordPupilConsent(String ref, String name, boolean photoConsent, boolean noPhotoList, String reason) {
        this(ref, name, photoConsent, noPhotoList, reason, null);
    }
}
