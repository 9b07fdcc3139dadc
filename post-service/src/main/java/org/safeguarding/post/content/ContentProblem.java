package org.safeguarding.post.content;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of content addressed by its id alone, post or comment. */
enum ContentProblem implements RuleCode {

    CONTENT_NOT_FOUND(Kind.NOT_FOUND), AUTHOR_IS_STAFF(Kind.UNPROCESSABLE);

    private final Kind kind;

    ContentProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
