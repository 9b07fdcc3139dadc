package org.safeguarding.kernel.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class SchoolTimesTest {

    private final SchoolTimes times = new SchoolTimes();

    @Test
    void showsTimesInLondonInWords() {
        assertThat(times.format(Instant.parse("2026-11-23T14:05:00Z"))).isEqualTo("Monday 23 November 2026, 14:05");
        assertThat(times.format(Instant.parse("2026-06-01T13:05:59Z"))).isEqualTo("Monday 1 June 2026, 14:05");
        assertThat(times.format(null)).isEmpty();
    }

    @Test
    void readsWhatADateTimeFieldSaysAsLondonTime() {
        assertThat(times.fromField("2026-06-01T14:05")).contains(Instant.parse("2026-06-01T13:05:00Z"));
        assertThat(times.fromField("2026-11-23T14:05:30")).contains(Instant.parse("2026-11-23T14:05:30Z"));
        assertThat(times.field(Instant.parse("2026-06-01T13:05:59Z"))).isEqualTo("2026-06-01T14:05");
        assertThat(times.fromField(" ")).isEmpty();
        assertThatThrownBy(() -> times.fromField("yesterday")).isInstanceOf(DateTimeParseException.class);
    }

}
