package io.socialdesk.oncall.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.oncall.OncallProperties;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietTimeTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final OncallProperties.QuietHours NIGHT =
            new OncallProperties.QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void aPageInTheNightWaitsForTheMorningAndOneInTheDayGoesAtOnce() {
        assertThat(QuietTime.pageAt(NIGHT, berlin("2026-12-01T23:30"), BERLIN)).isEqualTo(berlin("2026-12-02T07:00"));
        assertThat(QuietTime.pageAt(NIGHT, berlin("2026-12-02T03:00"), BERLIN)).isEqualTo(berlin("2026-12-02T07:00"));
        assertThat(QuietTime.pageAt(NIGHT, berlin("2026-12-02T07:00"), BERLIN)).isEqualTo(berlin("2026-12-02T07:00"));
        assertThat(QuietTime.pageAt(NIGHT, berlin("2026-12-02T21:59"), BERLIN)).isEqualTo(berlin("2026-12-02T21:59"));
        assertThat(QuietTime.pageAt(null, berlin("2026-12-02T03:00"), BERLIN)).isEqualTo(berlin("2026-12-02T03:00"));
    }

    @Test
    void quietHoursWithinOneDayWork() {
        OncallProperties.QuietHours lunch = new OncallProperties.QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(QuietTime.pageAt(lunch, berlin("2026-12-02T12:30"), BERLIN)).isEqualTo(berlin("2026-12-02T13:00"));
        assertThat(QuietTime.pageAt(lunch, berlin("2026-12-02T13:30"), BERLIN)).isEqualTo(berlin("2026-12-02T13:30"));
    }
}
