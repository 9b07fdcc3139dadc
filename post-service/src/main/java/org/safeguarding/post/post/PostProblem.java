package org.safeguarding.post.post;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of drafting, checking, publishing and deleting a post. */
enum PostProblem implements RuleCode {

    UNKNOWN_ACCOUNT("unknown-account", Kind.UNPROCESSABLE),
    NOT_AN_APPROVED_POSTER("not-an-approved-poster", Kind.FORBIDDEN),
    REASON_REQUIRED("reason-required", Kind.UNPROCESSABLE), NOT_A_MODERATOR("not-a-moderator", Kind.FORBIDDEN),
    SELF_APPROVAL("self-approval", Kind.FORBIDDEN), NOT_THE_AUTHOR("not-the-author", Kind.FORBIDDEN),
    POST_NOT_FOUND("post-not-found", Kind.NOT_FOUND), POSTING_POLICY("posting-policy", Kind.UNPROCESSABLE),
    POST_DRAFT("post-draft", Kind.CONFLICT), POST_SUBMITTED("post-submitted", Kind.CONFLICT),
    POST_APPROVED("post-approved", Kind.CONFLICT), POST_PUBLISHED("post-published", Kind.CONFLICT),
    POST_DELETED("post-deleted", Kind.CONFLICT);

    private final String code;

    private final Kind kind;

    PostProblem(String code, Kind kind) {
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

    /** A post was found in this status where another was needed. */
    static PostProblem whilePost(PostStatus status) {
        return switch (status) {
            case DRAFT -> POST_DRAFT;
            case SUBMITTED -> POST_SUBMITTED;
            case APPROVED -> POST_APPROVED;
            case PUBLISHED -> POST_PUBLISHED;
            case DELETED -> POST_DELETED;
        };
    }

}
