package org.safeguarding.kernel.api.incident;

/** What the moderator did, or asked post-service to do, about the content. */
public enum ModerationActionType {

    DELETE_CONTENT, BLOCK_USER, REPORT_TO_PLATFORM

}
