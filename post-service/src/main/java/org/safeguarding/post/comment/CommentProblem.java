package org.safeguarding.post.comment;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of moderating and answering inbound comments. */
enum CommentProblem implements RuleCode {

    NOT_ADMIN_OR_SERVICE("not-admin-or-service", Kind.FORBIDDEN), NOTE_REQUIRED("note-required", Kind.UNPROCESSABLE),
    PUBLIC_REASON_REQUIRED("public-reason-required", Kind.UNPROCESSABLE),
    COMMENT_DELETED("comment-deleted", Kind.CONFLICT), ALREADY_HIDDEN("already-hidden", Kind.CONFLICT),
    ESCALATION_INCOMPLETE("escalation-incomplete", Kind.UNPROCESSABLE),
    RESPONDED_IN_TIME("responded-in-time", Kind.CONFLICT), DEADLINE_NOT_RUNNING("deadline-not-running", Kind.CONFLICT),
    NOT_A_MODERATOR("not-a-moderator", Kind.FORBIDDEN), REASON_REQUIRED("reason-required", Kind.UNPROCESSABLE),
    SYSTEM_ONLY("system-only", Kind.FORBIDDEN), UNKNOWN_ACCOUNT("unknown-account", Kind.UNPROCESSABLE),
    COMMENT_NOT_FOUND("comment-not-found", Kind.NOT_FOUND);

    private final String code;

    private final Kind kind;

    CommentProblem(String code, Kind kind) {
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
