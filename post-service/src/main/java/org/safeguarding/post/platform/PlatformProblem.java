package org.safeguarding.post.platform;

import org.safeguarding.kernel.ProblemCode;

/** How a failure of the social platform is answered. */
enum PlatformProblem implements ProblemCode {

    /** The platform did not do what was asked; nothing was recorded. */
    PLATFORM_UNAVAILABLE("platform-unavailable", 502);

    private final String code;

    private final int status;

    PlatformProblem(String code, int status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }

}
