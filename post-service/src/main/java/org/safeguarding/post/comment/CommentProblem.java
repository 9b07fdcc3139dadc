package org.safeguarding.post.comment;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of moderating and answering inbound comments. */
enum CommentProblem implements RuleCode {

    NOT_ADMIN_OR_SERVICE(Kind.FORBIDDEN), NOTE_REQUIRED(Kind.UNPROCESSABLE), PUBLIC_REASON_REQUIRED(Kind.UNPROCESSABLE),
    COMMENT_DELETED(Kind.CONFLICT), ALREADY_HIDDEN(Kind.CONFLICT), ESCALATION_INCOMPLETE(Kind.UNPROCESSABLE),
    RESPONDED_IN_TIME(Kind.CONFLICT), DEADLINE_NOT_RUNNING(Kind.CONFLICT), NOT_A_MODERATOR(Kind.FORBIDDEN),
    REASON_REQUIRED(Kind.UNPROCESSABLE), SYSTEM_ONLY(Kind.FORBIDDEN), UNKNOWN_ACCOUNT(Kind.UNPROCESSABLE),
    COMMENT_NOT_FOUND(Kind.NOT_FOUND), NOTICE_BREAKS_POSTING_POLICY(Kind.UNPROCESSABLE),
    ALLEGATION_NAMES_NO_ADULT(Kind.UNPROCESSABLE), COMMENT_DISPOSED(Kind.CONFLICT),
    COMMENT_ESCALATION_PENDING(Kind.CONFLICT);

    private final Kind kind;

    CommentProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
