package org.safeguarding.post.content;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of content addressed by its id alone, post or comment. */
enum ContentProblem implements RuleCode {

    CONTENT_NOT_FOUND("content-not-found", Kind.NOT_FOUND);

    private final String code;

    private final Kind kind;

    ContentProblem(String code, Kind kind) {
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
