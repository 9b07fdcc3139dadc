package org.safeguarding.incident.transfer;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of sending a child-protection file to another school and receiving one. */
enum TransferProblem implements RuleCode {

    TRANSFER_DSL_ONLY(Kind.FORBIDDEN), TRANSFER_CLOCK_ONLY(Kind.FORBIDDEN), TRANSFER_NOT_FOUND(Kind.NOT_FOUND),
    TRANSFER_RECEIPT_ALREADY_RECORDED(Kind.CONFLICT), TRANSFER_CLOCK_NOT_RUNNING(Kind.CONFLICT),
    TRANSFER_ALREADY_IMPORTED(Kind.CONFLICT), NOTHING_TO_TRANSFER(Kind.UNPROCESSABLE),
    TRANSFER_FILE_UNREADABLE(Kind.UNPROCESSABLE), TRANSFER_NOT_DECRYPTED(Kind.UNPROCESSABLE),
    SCHOOL_KEY_UNKNOWN(Kind.UNPROCESSABLE), TRANSFER_SIGNATURE_INVALID(Kind.UNPROCESSABLE),
    TRANSFER_FOR_ANOTHER_SCHOOL(Kind.UNPROCESSABLE), RECEIPT_DOES_NOT_MATCH(Kind.UNPROCESSABLE);

    private final Kind kind;

    TransferProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
