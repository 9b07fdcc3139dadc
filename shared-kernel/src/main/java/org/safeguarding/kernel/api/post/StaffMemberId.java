package org.safeguarding.kernel.api.post;

/**
 * A member of staff's record is kept under their username with a prefix, so that it never
 * shares an aggregate identifier (and with it a sequence) with a pupil ref of the same
 * spelling.
 */
public final class StaffMemberId {

    private StaffMemberId() {
    }

    public static String of(String username) {
        return "staff-" + username;
    }

}
