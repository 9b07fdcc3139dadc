package org.safeguarding.kernel.api.incident;

/** Whether a moderation action has been carried out. */
public enum ModerationStatus {

    PENDING, DONE, FAILED

}
