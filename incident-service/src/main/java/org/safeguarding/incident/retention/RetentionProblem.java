package org.safeguarding.incident.retention;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/**
 * The rule of legal hold that stops a disposal; the rules every disposal follows are the
 * platform's {@code DisposalProblem}.
 */
enum RetentionProblem implements RuleCode {

    RECORD_ON_LEGAL_HOLD(Kind.CONFLICT);

    private final Kind kind;

    RetentionProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
