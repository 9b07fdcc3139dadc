package org.safeguarding.post.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.calendar.WorkingCalendar;

class PostingPolicyTest {

    private static final AccountStanding ACCOUNT = new AccountStanding("a-1", "X", "@School", AccountStatus.ACTIVE,
            List.of("teacher"), List.of("NSPCC"));

    private static final List<PupilConsent> REGISTER = List
        .of(new PupilConsent("P-1", "Mary-Jane O'Neil", true, false));

    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T12:00:00Z");

    private final PostingPolicy policy = new PostingPolicy(PostingWindow.parse("08:00-18:00"), new WorkingCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.parse("2026-12-25"))), 280);

    private List<String> codes(String text, Instant at) {
        return policy.check(new PostContent(text, List.of(), Location.ONSITE, null), "teacher", ACCOUNT, REGISTER, at)
            .stream()
            .map(Violation::code)
            .toList();
    }

    @Test
    void aFullNameIsFoundWhateverItsCaseAndSpacingButNotInsideAnotherWord() {
        assertThat(codes("Well done MARY-JANE   o'neil!", WEDNESDAY)).containsExactly("PUPIL_NAMED");
        assertThat(codes("Well done Mary-Jane O'Neill", WEDNESDAY)).isEmpty();
        assertThat(codes("Well done MJO", WEDNESDAY)).isEmpty();
    }

    @Test
    void theViolationGivesTheRefAndInitialsButNeverTheName() {
        Violation named = policy
            .check(new PostContent("Mary-Jane O'Neil", List.of(), Location.ONSITE, null), "teacher", ACCOUNT, REGISTER,
                    WEDNESDAY)
            .get(0);
        assertThat(named.message()).contains("P-1").contains("MJO").doesNotContain("Mary").doesNotContain("Neil");
    }

    @Test
    void mentionsAreMatchedWithoutTheAtSignOrCaseAndEmailAddressesAreNotMentions() {
        assertThat(codes("Thanks @nspcc and see head@school.example", WEDNESDAY)).isEmpty();
        assertThat(codes("Thanks @nspcc_fan", WEDNESDAY)).containsExactly("MENTION_NOT_ALLOWED");
    }

    @Test
    void theWindowOpensAtEightAndClosesAtSixLondonTimeOnWorkingDaysOnly() {
        assertThat(policy.isWithinWindow(Instant.parse("2026-11-18T07:59:59Z"))).isFalse();
        assertThat(policy.isWithinWindow(Instant.parse("2026-11-18T08:00:00Z"))).isTrue();
        assertThat(policy.isWithinWindow(Instant.parse("2026-11-18T17:59:59Z"))).isTrue();
        assertThat(policy.isWithinWindow(Instant.parse("2026-11-18T18:00:00Z"))).isFalse();
        assertThat(policy.isWithinWindow(Instant.parse("2026-06-17T07:30:00Z"))).as("08:30 BST").isTrue();
        assertThat(policy.isWithinWindow(Instant.parse("2026-06-17T17:30:00Z"))).as("18:30 BST").isFalse();
        assertThat(policy.isWithinWindow(Instant.parse("2026-12-25T12:00:00Z"))).as("a bank holiday").isFalse();
    }

    @Test
    void anUnknownAccountIsNotActive() {
        assertThat(policy.check(new PostContent("Hello", List.of(), Location.ONSITE, null), "teacher", null, REGISTER,
                WEDNESDAY))
            .extracting(Violation::code)
            .containsExactly("ACCOUNT_NOT_ACTIVE");
    }

    @Test
    void aPupilWhoseWrittenConsentHasLapsedIsShownAsWithoutConsent() {
        List<PupilConsent> register = List.of(
                new PupilConsent("P-7", "Lapsed Pupil", true, false, LocalDate.parse("2026-08-31")),
                new PupilConsent("P-8", "Current Pupil", true, false, LocalDate.parse("2027-08-31")),
                new PupilConsent("P-9", "Unwritten Pupil", true, false));
        PostContent group = new PostContent("Science week",
                List.of(new Medium("Group at work", List.of("P-7", "P-8", "P-9"), true, false)), Location.ONSITE, null);

        List<Violation> found = policy.check(group, "teacher", ACCOUNT, register, WEDNESDAY);

        assertThat(found).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("PUPIL_WITHOUT_CONSENT");
            assertThat(violation.message()).contains("P-7").contains("lapsed after 2026-08-31");
        });
        assertThat(policy.check(group, "teacher", ACCOUNT, register, Instant.parse("2026-08-28T10:00:00Z")))
            .extracting(Violation::code)
            .doesNotContain("PUPIL_WITHOUT_CONSENT");
    }

}
