package org.safeguarding.kernel.api.post;

import java.util.List;

/**
 * A photo or video attached to a post, described rather than uploaded: its caption, the
 * register refs of the pupils it shows, and whether they can be recognised in it.
 */
public record Medium(String caption, List<String> pupilRefs, boolean identifiable) {

    public Medium {
        pupilRefs = pupilRefs == null ? List.of() : List.copyOf(pupilRefs);
    }
}
