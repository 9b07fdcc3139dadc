package org.safeguarding.post.platform;

import java.util.List;

import org.safeguarding.kernel.RuleViolation;

/**
 * The platform did not do what was asked (unreachable, refused, or rate-limited); nothing
 * was recorded.
 */
public class PlatformUnavailable extends RuleViolation {

    public PlatformUnavailable(String message, Throwable cause) {
        super(Kind.BAD_GATEWAY, "platform-unavailable", message + "; nothing was changed, try again later", List.of(),
                cause);
    }

}
