package org.safeguarding.kernel.api.post;

import java.util.List;

import org.safeguarding.kernel.api.PersonalData;

/**
 * A photo or video attached to a post, described rather than uploaded: its caption, the
 * register refs of the pupils it shows, whether they can be recognised in it, and whether
 * its author says it shows no pupils at all (which the approver confirms).
 */
public record Medium(@PersonalData String caption, @PersonalData List<String> pupilRefs, boolean identifiable,
        boolean noPupilsShown) {

    public Medium {
        pupilRefs = pupilRefs == null ? List.of() : List.copyOf(pupilRefs);
    }

    public Medium(String caption, List<String> pupilRefs, boolean identifiable) {
        this(caption, pupilRefs, identifiable, false);
    }
}
