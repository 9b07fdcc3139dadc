package org.safeguarding.kernel.api.post;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a moderator does about an inbound comment. Stored events hold the constants'
 * names, so those never change.
 */
public enum CommentAction {

    RESPOND, NO_ACTION, HIDE, DELETE, BLOCK_AUTHOR, REPORT_TO_PLATFORM;

    private static final Set<CommentAction> SEEN_BY_THE_AUDIENCE = EnumSet.of(HIDE, DELETE, BLOCK_AUTHOR);

    /** Ashgrove: whoever blocks, hides or deletes tells the audience exactly why. */
    public boolean needsPublicReason() {
        return SEEN_BY_THE_AUDIENCE.contains(this);
    }

}
