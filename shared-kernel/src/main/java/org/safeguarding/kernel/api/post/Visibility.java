package org.safeguarding.kernel.api.post;

/** Whether anyone may read an account, or only the followers it accepts. */
public enum Visibility {

    PUBLIC, PRIVATE

}
