package org.safeguarding.incident.evidence;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of evidence files. */
enum EvidenceProblem implements RuleCode {

    EVIDENCE_FILE_REQUIRED(Kind.UNPROCESSABLE), EVIDENCE_TOO_LARGE(Kind.UNPROCESSABLE),
    EVIDENCE_TYPE_NOT_ALLOWED(Kind.UNPROCESSABLE), EVIDENCE_NOT_FOUND(Kind.NOT_FOUND);

    private final Kind kind;

    EvidenceProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
