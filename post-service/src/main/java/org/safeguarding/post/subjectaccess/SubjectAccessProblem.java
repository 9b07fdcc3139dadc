package org.safeguarding.post.subjectaccess;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of gathering a person's records. */
enum SubjectAccessProblem implements RuleCode {

    SUBJECT_NOT_IDENTIFIED(Kind.UNPROCESSABLE);

    private final Kind kind;

    SubjectAccessProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
