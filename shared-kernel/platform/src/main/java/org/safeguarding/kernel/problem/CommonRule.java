package org.safeguarding.kernel.problem;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules the platform's own endpoints and headers enforce, in every service. */
public enum CommonRule implements RuleCode {

    INVALID_IF_MATCH("invalid-if-match", Kind.PRECONDITION_FAILED),
    KEPT_CHECKPOINT_INCOMPLETE("kept-checkpoint-incomplete", Kind.BAD_REQUEST),
    UNKNOWN_PROJECTION("unknown-projection", Kind.NOT_FOUND);

    private final String code;

    private final Kind kind;

    CommonRule(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
