package org.safeguarding.post.platform;

import org.safeguarding.kernel.ProblemCode;

/** How a failure of the social platform is answered. */
enum PlatformProblem implements ProblemCode {

    /** The platform did not do what was asked; nothing was recorded. */
    PLATFORM_UNAVAILABLE(502);

    private final int status;

    PlatformProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

}
