package org.safeguarding.kernel.api.incident;

/** Where the concern arose. */
public enum Channel {

    SCHOOL_ACCOUNT, PERSONAL_ACCOUNT, OTHER_ONLINE, OFFLINE

}
