package org.safeguarding.post.post;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of drafting, checking, publishing and deleting a post. */
enum PostProblem implements RuleCode {

    UNKNOWN_ACCOUNT(Kind.UNPROCESSABLE), NOT_AN_APPROVED_POSTER(Kind.FORBIDDEN), REASON_REQUIRED(Kind.UNPROCESSABLE),
    NOT_A_MODERATOR(Kind.FORBIDDEN), SELF_APPROVAL(Kind.FORBIDDEN), NOT_THE_AUTHOR(Kind.FORBIDDEN),
    POST_NOT_FOUND(Kind.NOT_FOUND), POSTING_POLICY(Kind.UNPROCESSABLE), POST_DRAFT(Kind.CONFLICT),
    POST_SUBMITTED(Kind.CONFLICT), POST_APPROVED(Kind.CONFLICT), POST_PUBLISHED(Kind.CONFLICT),
    POST_DELETED(Kind.CONFLICT), POST_DISPOSED(Kind.CONFLICT), SYSTEM_ONLY(Kind.FORBIDDEN);

    private final Kind kind;

    PostProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /** A post was found in this status where another was needed. */
    static PostProblem whilePost(PostStatus status) {
        return switch (status) {
            case DRAFT -> POST_DRAFT;
            case SUBMITTED -> POST_SUBMITTED;
            case APPROVED -> POST_APPROVED;
            case PUBLISHED -> POST_PUBLISHED;
            case DELETED -> POST_DELETED;
            case DISPOSED -> POST_DISPOSED;
        };
    }

}
