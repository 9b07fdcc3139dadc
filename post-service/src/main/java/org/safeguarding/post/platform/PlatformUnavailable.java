package org.safeguarding.post.platform;

import org.safeguarding.kernel.InfrastructureFailure;

/**
 * The platform did not do what was asked (unreachable, refused, or rate-limited); nothing
 * was recorded. A failure, answered 502, not a broken rule.
 */
public class PlatformUnavailable extends InfrastructureFailure {

    public PlatformUnavailable(String message, Throwable cause) {
        super(PlatformProblem.PLATFORM_UNAVAILABLE, message + "; nothing was changed, try again later", cause);
    }

}
