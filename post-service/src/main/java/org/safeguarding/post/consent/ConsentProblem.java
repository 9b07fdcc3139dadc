package org.safeguarding.post.consent;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of the consent register. */
enum ConsentProblem implements RuleCode {

    NOT_ADMIN_OR_DSL(Kind.FORBIDDEN), NAME_REQUIRED(Kind.UNPROCESSABLE), INVALID_REF(Kind.UNPROCESSABLE),
    PUPIL_NOT_FOUND(Kind.NOT_FOUND), CSV_HEADER_REQUIRED(Kind.UNPROCESSABLE),
    WRITTEN_CONSENT_INCOMPLETE(Kind.UNPROCESSABLE), INVALID_ACADEMIC_YEAR(Kind.UNPROCESSABLE);

    private final Kind kind;

    ConsentProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
