package org.safeguarding.incident.retention;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of retention, disposal and legal hold. */
enum RetentionProblem implements RuleCode {

    ONLY_DSL_PROPOSES_DISPOSAL(Kind.FORBIDDEN), ONLY_HEADTEACHER_OR_CHAIR_APPROVES(Kind.FORBIDDEN),
    PROPOSER_CANNOT_APPROVE(Kind.FORBIDDEN), NOTHING_TO_DISPOSE(Kind.UNPROCESSABLE), NOT_DUE(Kind.CONFLICT),
    RECORD_ON_LEGAL_HOLD(Kind.CONFLICT), RULE_DOES_NOT_APPLY(Kind.UNPROCESSABLE), DISPOSAL_NOT_FOUND(Kind.NOT_FOUND),
    DISPOSAL_NOT_PENDING(Kind.CONFLICT), DISPOSAL_NOT_COMPLETED(Kind.CONFLICT);

    private final Kind kind;

    RetentionProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
