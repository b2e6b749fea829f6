package io.socialdesk.oncall.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.config.CronSchedule;
import io.socialdesk.oncall.absence.Absence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Rota ROTA =
            new Rota(List.of("anna", "ben"), new CronSchedule("0 0 9 * * MON"), BERLIN, LocalDate.of(2026, 1, 5));
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    private long seq;

    @Test
    void oneMemberAwayLeavesNoGapBecauseTheOtherStandsIn() {
        List<Absence> away = List.of(away("anna", MONDAY, MONDAY.plusDays(13), null));

        assertThat(Coverage.gaps(ROTA, BERLIN, MONDAY, 14, away)).isEmpty();
    }

    @Test
    void theWholeRotationAwayIsAGapOnExactlyTheSharedDays() {
        List<Absence> away = List.of(
                away("anna", MONDAY, MONDAY.plusDays(6), null),
                away("ben", MONDAY.plusDays(4), MONDAY.plusDays(9), null));

        assertThat(Coverage.gaps(ROTA, BERLIN, MONDAY, 14, away))
                .containsExactly(MONDAY.plusDays(4), MONDAY.plusDays(5), MONDAY.plusDays(6));
    }

    @Test
    void aCoverFromOutsideTheRotationClosesTheGap() {
        List<Absence> away = List.of(
                away("anna", MONDAY, MONDAY.plusDays(6), "clara"), away("ben", MONDAY, MONDAY.plusDays(6), null));

        assertThat(Coverage.gaps(ROTA, BERLIN, MONDAY, 14, away)).isEmpty();
    }

    @Test
    void aCoverWhoIsAwayToo() {
        List<Absence> away = List.of(
                away("anna", MONDAY, MONDAY.plusDays(6), "clara"),
                away("ben", MONDAY, MONDAY.plusDays(6), null),
                away("clara", MONDAY.plusDays(2), MONDAY.plusDays(2), null));

        assertThat(Coverage.gaps(ROTA, BERLIN, MONDAY, 7, away)).containsExactly(MONDAY.plusDays(2));
    }

    @Test
    void aOneMemberRotationHasAGapWheneverThatMemberIsAway() {
        Rota alone = new Rota(List.of("anna"), new CronSchedule("0 0 9 * * MON"), BERLIN, LocalDate.of(2026, 1, 5));
        List<Absence> away = List.of(away("anna", MONDAY.plusDays(1), MONDAY.plusDays(1), null));

        assertThat(Coverage.gaps(alone, BERLIN, MONDAY, 3, away)).containsExactly(MONDAY.plusDays(1));
    }

    private Absence away(String person, LocalDate from, LocalDate to, String cover) {
        seq++;
        return new Absence(seq, person, from, to, cover, null, person, seq);
    }
}
