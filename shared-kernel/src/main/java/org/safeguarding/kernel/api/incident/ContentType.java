package org.safeguarding.kernel.api.incident;

/** What kind of content on a school account an incident concerns. */
public enum ContentType {

    POST, COMMENT

}
