package org.safeguarding.post.policy;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules a school's policy chooses ({@code safeguarding.policy.*}). */
enum SchoolPolicyProblem implements RuleCode {

    REPLIES_NOT_ALLOWED(Kind.UNPROCESSABLE);

    private final Kind kind;

    SchoolPolicyProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
