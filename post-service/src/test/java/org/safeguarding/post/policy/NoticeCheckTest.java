package org.safeguarding.post.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.calendar.WorkingCalendar;

/** A moderation's public notice keeps the posting policy (002:214-216). */
class NoticeCheckTest {

    private static final List<PupilConsent> REGISTER = List.of(new PupilConsent("P-1", "Josh Smith", true, false));

    private final PostingPolicy policy = new PostingPolicy(PostingWindow.parse("08:00-18:00"), new WorkingCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.parse("2026-12-25"))), 280);

    private List<String> codes(String notice) {
        return policy.checkNotice(notice, REGISTER).stream().map(Violation::code).toList();
    }

    @Test
    void aNoticeNamesNoPupilInAnyForm() {
        assertThat(codes("We hid a reply about a pupil's behaviour.")).isEmpty();
        assertThat(codes("We hid a reply that named J. Smith.")).containsExactly("PUPIL_NAMED");
        assertThat(codes("We hid a reply about J\u043Esh.")).as("Cyrillic o").containsExactly("PUPIL_NAMED");
    }

}
