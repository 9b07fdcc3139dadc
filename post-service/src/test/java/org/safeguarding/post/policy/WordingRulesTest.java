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
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.calendar.WorkingCalendar;

/** INDIVIDUALLY_TARGETED (004:29) and FORTHCOMING_VISIT (000:57). */
class WordingRulesTest {

    private static final AccountStanding ACCOUNT = new AccountStanding("a-1", "X", "@School", AccountStatus.ACTIVE,
            List.of("teacher"), List.of());

    /** Wednesday 18 November 2026, 12:00 in London. */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T12:00:00Z");

    private final PostingPolicy policy = new PostingPolicy(PostingWindow.parse("08:00-18:00"),
            new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of()), 280);

    private List<String> codes(String text) {
        return policy
            .check(new PostContent(text, List.of(), Location.ONSITE, null), "teacher", ACCOUNT,
                    List.of(new PupilConsent("P-1", "Amy Brown", true, false)), WEDNESDAY)
            .stream()
            .map(Violation::code)
            .toList();
    }

    @Test
    void aPostAddressedToOneChildIsIndividuallyTargeted() {
        assertThat(codes("Well done Josh a better lesson today")).containsExactly("INDIVIDUALLY_TARGETED");
        assertThat(codes("Happy birthday to Olivia!")).containsExactly("INDIVIDUALLY_TARGETED");
        assertThat(codes("Congratulations, Leo, on your swimming badge")).containsExactly("INDIVIDUALLY_TARGETED");
    }

    @Test
    void groupsAdultsOrganisationsAndInitialsAreNotTargeted() {
        assertThat(codes("Well done Year 2, don't forget the PE kits")).isEmpty();
        assertThat(codes("Well done Josh and Leo for a brilliant assembly")).isEmpty();
        assertThat(codes("Thank you Mrs Khan for the visit")).isEmpty();
        assertThat(codes("Thanks NSPCC and Dimple Well Parish Council")).isEmpty();
        assertThat(codes("Well done AB! Thanks everyone")).isEmpty();
        assertThat(codes("Thanks Julia Donaldson for the reading")).isEmpty();
    }

    @Test
    void aRegisteredPupilAddressedByNameIsPupilNamedOnly() {
        assertThat(codes("Well done Amy, a better lesson today")).containsExactly("PUPIL_NAMED");
    }

    @Test
    void aTripOrVisitStillToComeIsForthcoming() {
        assertThat(codes("Year 2 go to the farm tomorrow")).containsExactly("FORTHCOMING_VISIT");
        assertThat(codes("Our trip to the museum is next Tuesday")).containsExactly("FORTHCOMING_VISIT");
        assertThat(codes("This Friday we go to the seaside")).containsExactly("FORTHCOMING_VISIT");
        assertThat(codes("The residential starts on 25th November")).containsExactly("FORTHCOMING_VISIT");
        assertThat(codes("A visit from the fire brigade on 3/12")).containsExactly("FORTHCOMING_VISIT");
    }

    @Test
    void aVisitThatHappenedOrAnEventWithoutAVisitIsNot() {
        assertThat(codes("Yesterday we went on a trip to the farm")).isEmpty();
        assertThat(codes("Our visit to the museum on 12 November was brilliant")).isEmpty();
        assertThat(codes("What a trip on Monday!")).as("Monday is past on a Wednesday").isEmpty();
        assertThat(codes("Sports day is on Friday")).isEmpty();
    }

    @Test
    void theSchoolsDayIsCountedInLondon() {
        LocalDate londonToday = LocalDate.of(2026, 6, 18);
        assertThat(ForthcomingVisit.in("Trip on 19 June", londonToday)).isPresent();
        assertThat(ForthcomingVisit.in("Trip on 18 June", londonToday)).isEmpty();
        assertThat(policy
            .check(new PostContent("Trip on 19 June", List.of(), Location.ONSITE, null), "teacher", ACCOUNT, List.of(),
                    Instant.parse("2026-06-18T23:30:00Z"))
            .stream()
            .map(Violation::code)).as("00:30 BST on the 19th: the trip is today").doesNotContain("FORTHCOMING_VISIT");
    }

}
