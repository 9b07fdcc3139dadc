package org.safeguarding.post.platform;

/** The platform did not do what was asked (unreachable, refused, or rate-limited); nothing was recorded. */
public class PlatformUnavailable extends RuntimeException {

    public PlatformUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
