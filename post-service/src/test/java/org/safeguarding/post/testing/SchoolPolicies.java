package org.safeguarding.post.testing;

import java.time.Duration;

import org.safeguarding.post.policy.SchoolPolicy;
import org.safeguarding.post.policy.SchoolPolicy.AccountApproval;
import org.safeguarding.post.policy.SchoolPolicy.CommentReplies;
import org.safeguarding.post.policy.SchoolPolicy.OffsitePosting;

/** The school's policy settings as a test needs them. */
public final class SchoolPolicies {

    /** What a service without {@code safeguarding.policy.*} settings does. */
    public static final SchoolPolicy DEFAULTS = new SchoolPolicy("unversioned", false, AccountApproval.SLT, 0,
            Duration.ofDays(90), CommentReplies.WITHIN_RESPONSE_TIME, OffsitePosting.NEVER);

    private SchoolPolicies() {
    }

    public static SchoolPolicy headteacherApproves() {
        return new SchoolPolicy("2026-09", true, AccountApproval.HEADTEACHER, 2, Duration.ofDays(90),
                CommentReplies.NEVER, OffsitePosting.SENIOR_TEACHER_ON_TRIP);
    }

}
