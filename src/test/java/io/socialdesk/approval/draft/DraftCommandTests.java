package io.socialdesk.approval.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DraftCommandTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} in Berlin is {1}")
    @CsvSource({
        "2026-12-01T09:00, 2026-12-01T08:00:00Z",
        "2026-07-01 09:00, 2026-07-01T07:00:00Z",
        // the day the clocks go forward, outside the gap
        "2027-03-28T03:30, 2027-03-28T01:30:00Z",
        // the hour that happens twice, made unique by its offset
        "2026-10-25T02:30+02:00, 2026-10-25T00:30:00Z",
        "2026-10-25T02:30+01:00, 2026-10-25T01:30:00Z",
    })
    void readsPlannedTimesInTheTeamsZoneAcrossDaylightSavingChanges(String text, Instant expected) {
        assertThat(PlannedTime.parse(text, BERLIN)).isEqualTo(expected);
    }

    @Test
    void refusesATimeTheClocksSkipAndNamesTheHourAfterTheGap() {
        assertThatThrownBy(() -> PlannedTime.parse("2027-03-28T02:30", BERLIN))
                .isInstanceOfSatisfying(DraftRefusedException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("draft.error.at-gap");
                    assertThat(refused.args()).containsExactly("2027-03-28T02:30", "Europe/Berlin", "2027-03-28T03:00");
                });
    }

    @Test
    void refusesATimeTheClocksPassTwiceAndOffersBoth() {
        assertThatThrownBy(() -> PlannedTime.parse("2026-10-25 02:30", BERLIN))
                .isInstanceOfSatisfying(DraftRefusedException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("draft.error.at-twice");
                    assertThat(refused.args())
                            .containsExactly(
                                    "2026-10-25 02:30",
                                    "Europe/Berlin",
                                    "2026-10-25T02:30+02:00",
                                    "2026-10-25T02:30+01:00");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"morgen", "2026-13-01T09:00", "01.12.2026 09:00", ""})
    void refusesWhatIsNoTime(String text) {
        assertThatThrownBy(() -> PlannedTime.parse(text, BERLIN))
                .isInstanceOfSatisfying(DraftRefusedException.class, refused -> assertThat(refused.key())
                        .isEqualTo("draft.error.at"));
    }
}
