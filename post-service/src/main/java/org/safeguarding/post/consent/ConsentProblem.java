package org.safeguarding.post.consent;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of the consent register. */
enum ConsentProblem implements RuleCode {

    NOT_ADMIN_OR_DSL("not-admin-or-dsl", Kind.FORBIDDEN), NAME_REQUIRED("name-required", Kind.UNPROCESSABLE),
    INVALID_REF("invalid-ref", Kind.UNPROCESSABLE), PUPIL_NOT_FOUND("pupil-not-found", Kind.NOT_FOUND),
    CSV_HEADER_REQUIRED("csv-header-required", Kind.UNPROCESSABLE);

    private final String code;

    private final Kind kind;

    ConsentProblem(String code, Kind kind) {
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
