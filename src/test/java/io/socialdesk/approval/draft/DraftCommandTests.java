package io.socialdesk.approval.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DraftCommandTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} in Berlin is {1}")
    @CsvSource({
        "2026-12-01T09:00, 2026-12-01T08:00:00Z",
        "2026-07-01 09:00, 2026-07-01T07:00:00Z",
        // spring forward: 02:30 does not exist; it becomes 03:30 summer time
        "2026-03-29T02:30, 2026-03-29T01:30:00Z",
        // fall back: 02:30 happens twice; the first one counts
        "2026-10-25T02:30, 2026-10-25T00:30:00Z",
    })
    void readsPlannedTimesInTheTeamsZoneAcrossDaylightSavingChanges(String text, Instant expected) {
        assertThat(DraftCommand.parseTime(text, BERLIN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"morgen", "2026-13-01T09:00", "01.12.2026 09:00", ""})
    void refusesWhatIsNoTime(String text) {
        assertThat(DraftCommand.parseTime(text, BERLIN)).isNull();
    }
}
