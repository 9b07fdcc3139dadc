package org.safeguarding.kernel.problem;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules the platform's own endpoints and headers enforce, in every service. */
public enum CommonRule implements RuleCode {

    INVALID_IF_MATCH(Kind.PRECONDITION_FAILED), KEPT_CHECKPOINT_INCOMPLETE(Kind.BAD_REQUEST),
    UNKNOWN_PROJECTION(Kind.NOT_FOUND);

    private final Kind kind;

    CommonRule(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
