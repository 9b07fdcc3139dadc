package org.safeguarding.incident;

import org.safeguarding.kernel.testing.ProblemCodesContract;

class ProblemCodesTest extends ProblemCodesContract {

    ProblemCodesTest() {
        super("incident-service", "org.safeguarding.incident");
    }

}
