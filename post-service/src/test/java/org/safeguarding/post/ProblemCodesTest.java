package org.safeguarding.post;

import org.safeguarding.kernel.testing.ProblemCodesContract;

class ProblemCodesTest extends ProblemCodesContract {

    ProblemCodesTest() {
        super("post-service", "org.safeguarding.post");
    }

}
