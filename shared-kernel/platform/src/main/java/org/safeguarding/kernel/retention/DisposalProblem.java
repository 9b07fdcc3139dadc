package org.safeguarding.kernel.retention;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules every disposal follows, whichever service's records it disposes of. */
public enum DisposalProblem implements RuleCode {

    ONLY_DSL_PROPOSES_DISPOSAL(Kind.FORBIDDEN), ONLY_HEADTEACHER_OR_CHAIR_APPROVES(Kind.FORBIDDEN),
    PROPOSER_CANNOT_APPROVE(Kind.FORBIDDEN), NOTHING_TO_DISPOSE(Kind.UNPROCESSABLE), NOT_DUE(Kind.CONFLICT),
    RULE_DOES_NOT_APPLY(Kind.UNPROCESSABLE), DISPOSAL_NOT_FOUND(Kind.NOT_FOUND), DISPOSAL_NOT_PENDING(Kind.CONFLICT),
    DISPOSAL_NOT_COMPLETED(Kind.CONFLICT);

    private final Kind kind;

    DisposalProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
