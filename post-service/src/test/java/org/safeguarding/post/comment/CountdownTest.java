package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Test
    void timeLeftIsHoursAndMinutesUnderADayAndDaysAndHoursOver() {
        assertThat(Countdown.until(NOW.plusSeconds(3 * 3600 + 20 * 60), NOW))
            .isEqualTo(new Countdown(false, "3 hours 20 minutes left"));
        assertThat(Countdown.until(NOW.plusSeconds(26 * 3600), NOW))
            .isEqualTo(new Countdown(false, "1 day 2 hours left"));
        assertThat(Countdown.until(NOW.plusSeconds(30), NOW)).isEqualTo(new Countdown(false, "1 minute left"));
    }

    @Test
    void onceTheTimeHasRunOutItIsOverdueBySoMuch() {
        assertThat(Countdown.until(NOW, NOW)).isEqualTo(new Countdown(true, "overdue by 1 minute"));
        assertThat(Countdown.until(NOW.minusSeconds(2 * 86_400 + 3600), NOW))
            .isEqualTo(new Countdown(true, "overdue by 2 days 1 hour"));
    }

}
