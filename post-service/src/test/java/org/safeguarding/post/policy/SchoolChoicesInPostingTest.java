package org.safeguarding.post.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.policy.SchoolPolicy.OffsitePosting;

/**
 * The posting rules a school's policy chooses (posting from a trip), and the termly
 * password change that every school keeps.
 */
class SchoolChoicesInPostingTest {

    private static final AccountStanding ACCOUNT = new AccountStanding("a-1", "X", "@School", AccountStatus.ACTIVE,
            List.of("teacher", "head"), List.of());

    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T12:00:00Z");

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

    private static List<String> codes(PostingPolicy policy, String author, Location location, AccountStanding account) {
        return policy
            .check(new PostContent("Year 2 at the museum", List.of(), location, null), author, account, List.of(),
                    WEDNESDAY)
            .stream()
            .map(Violation::code)
            .toList();
    }

    private static PostingPolicy offsite(OffsitePosting offsitePosting) {
        return new PostingPolicy(PostingWindow.parse("08:00-18:00"), CALENDAR, 280, offsitePosting, "head"::equals);
    }

    @Test
    void whereNothingIsPostedOffsiteNotEvenASeniorTeacherPostsFromATrip() {
        assertThat(codes(offsite(OffsitePosting.NEVER), "head", Location.OFFSITE, ACCOUNT))
            .containsExactly("OFFSITE_LOCATION");
    }

    @Test
    void whereASeniorTeacherRunsTheAccountOnATripTheyPostFromItAndNobodyElseDoes() {
        PostingPolicy policy = offsite(OffsitePosting.SENIOR_TEACHER_ON_TRIP);
        assertThat(codes(policy, "head", Location.OFFSITE, ACCOUNT)).isEmpty();
        assertThat(codes(policy, "teacher", Location.OFFSITE, ACCOUNT)).containsExactly("OFFSITE_LOCATION");
    }

    @Test
    void nothingGoesOutWhileTheTermlyPasswordChangeIsOverdue() {
        AccountStanding overdue = new AccountStanding("a-1", "X", "@School", AccountStatus.ACTIVE, List.of("teacher"),
                List.of(), true);
        assertThat(codes(offsite(OffsitePosting.NEVER), "teacher", Location.ONSITE, overdue))
            .containsExactly("PASSWORD_ROTATION_OVERDUE");
    }

}
