package org.safeguarding.post.policy;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.safeguarding.kernel.RuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.policy.*}: where the schools' policies differ, the school chooses.
 * A preset ({@code safeguarding.policy.preset}, see {@link PolicyPresets}) sets them as
 * one school's policy does; the defaults keep the rules every school shares.
 *
 * @param version the policy version staff acknowledge, such as {@code 2026-09}
 * @param trainingRequired whether a poster needs recorded induction or training and an
 * acknowledgement of the current version before being added (002:130-136, 003:79-82)
 * @param accountApproval who approves or rejects an account's business case: SLT (002) or
 * the headteacher (001:74, 004:18)
 * @param minimumPosters the fewest named staff an account keeps when a poster is removed
 * (002: two named staff)
 * @param reviewInterval how often the computing lead reviews each account (000:23-24)
 * @param commentReplies whether comments are answered within the response time (002:142)
 * or never replied to (004:21)
 * @param offsitePosting whether anything is posted from a place the children have not yet
 * left (000:58), or a senior teacher runs the account during a trip (004:26)
 */
@ConfigurationProperties("safeguarding.policy")
@Validated
public record SchoolPolicy(@DefaultValue("unversioned") @NotNull String version,
        @DefaultValue("false") boolean trainingRequired, @DefaultValue("SLT") @NotNull AccountApproval accountApproval,
        @DefaultValue("0") @Min(0) int minimumPosters,
        @DefaultValue("P90D") @NotNull @DurationMin(days = 1) Duration reviewInterval,
        @DefaultValue("WITHIN_RESPONSE_TIME") @NotNull CommentReplies commentReplies,
        @DefaultValue("NEVER") @NotNull OffsitePosting offsitePosting) {

    /**
     * Where the school account never replies (004:21), a response to a comment is not
     * recorded: hide, delete, block or report it, or record that nothing was done.
     */
    public void requireRepliesAllowed() {
        if (commentReplies == CommentReplies.NEVER) {
            throw new RuleViolation(SchoolPolicyProblem.REPLIES_NOT_ALLOWED,
                    "The school account does not reply to comments (safeguarding.policy.comment-replies=NEVER)");
        }
    }

    /** Who decides on an account's business case. */
    public enum AccountApproval {

        SLT, HEADTEACHER

    }

    /** Whether the school account answers comments. */
    public enum CommentReplies {

        WITHIN_RESPONSE_TIME, NEVER

    }

    /** Whether posts are made from a place the children are still at. */
    public enum OffsitePosting {

        NEVER, SENIOR_TEACHER_ON_TRIP

    }

}
