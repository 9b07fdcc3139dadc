package org.safeguarding.incident.subjectaccess;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of subject access requests. */
enum SubjectAccessProblem implements RuleCode {

    SUBJECT_NOT_IDENTIFIED(Kind.UNPROCESSABLE), SUBJECT_ACCESS_NOT_FOUND(Kind.NOT_FOUND),
    SUBJECT_ACCESS_ALREADY_RELEASED(Kind.CONFLICT), SUBJECT_ACCESS_FILE_DELETED(Kind.CONFLICT);

    private final Kind kind;

    SubjectAccessProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
