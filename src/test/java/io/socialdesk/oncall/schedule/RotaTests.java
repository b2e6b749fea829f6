package io.socialdesk.oncall.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.config.CronSchedule;
import io.socialdesk.oncall.absence.Absence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Rota WEEKLY = new Rota(
            List.of("anna", "ben", "clara"), new CronSchedule("0 0 9 * * MON"), BERLIN, LocalDate.of(2026, 1, 5));

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void membersTakeTurnsAtTheHandoffInTheTeamsZone() {
        assertThat(WEEKLY.memberAt(berlin("2026-01-05T08:59"))).isEqualTo("anna");
        assertThat(WEEKLY.memberAt(berlin("2026-01-05T09:00"))).isEqualTo("ben");
        assertThat(WEEKLY.memberAt(berlin("2026-01-12T09:00"))).isEqualTo("clara");
        assertThat(WEEKLY.memberAt(berlin("2026-01-19T09:00"))).isEqualTo("anna");
    }

    @Test
    void theHandoffStaysAtNineAcrossTheDaylightSavingChange() {
        // clocks go forward on Sunday 2026-03-29; Monday's handoff is still at 09:00 local (07:00 UTC, not 08:00)
        String before = WEEKLY.memberAt(berlin("2026-03-30T08:59"));
        String after = WEEKLY.memberAt(berlin("2026-03-30T09:00"));
        assertThat(after).isNotEqualTo(before).isEqualTo(WEEKLY.after(before));
        assertThat(WEEKLY.nextHandoff(berlin("2026-03-29T12:00"))).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(WEEKLY.nextHandoff(berlin("2026-10-25T12:00"))).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void theLatestAbsenceDecidesTheCoverAndAnAbsentCoverIsSkipped() {
        LocalDate day = LocalDate.of(2026, 12, 23);
        Absence annaAway = new Absence(1, "anna", day.minusDays(1), day.plusDays(10), "clara", null, "anna", 1);
        Absence annaSick = new Absence(2, "anna", day, day, "ben", "krank", "anna", 2);
        Absence claraAway = new Absence(3, "clara", day, day, null, null, "clara", 3);

        assertThat(Cover.forDay(WEEKLY, "anna", day, List.of())).contains("anna");
        assertThat(Cover.forDay(WEEKLY, "anna", day, List.of(annaAway))).contains("clara");
        assertThat(Cover.forDay(WEEKLY, "anna", day, List.of(annaAway, annaSick)))
                .as("the later entry wins")
                .contains("ben");
        assertThat(Cover.forDay(WEEKLY, "anna", day, List.of(annaAway, claraAway)))
                .as("the named cover is away too: the next available member")
                .contains("ben");
        assertThat(Cover.forDay(WEEKLY, "anna", day.plusDays(20), List.of(annaAway)))
                .contains("anna");
    }

    @Test
    void nobodyIsAvailableWhenTheWholeRotationIsAway() {
        LocalDate day = LocalDate.of(2026, 12, 24);
        List<Absence> everyone = List.of(
                new Absence(1, "anna", day, day, null, null, "anna", 1),
                new Absence(2, "ben", day, day, null, null, "ben", 2),
                new Absence(3, "clara", day, day, null, null, "clara", 3));
        assertThat(Cover.forDay(WEEKLY, "anna", day, everyone)).isEmpty();
    }

    @Test
    void aRotationOfOneIsThatPersonAlways() {
        Rota alone = new Rota(List.of("anna"), new CronSchedule("0 0 9 * * MON"), BERLIN, LocalDate.of(2026, 1, 5));
        assertThat(alone.memberAt(berlin("2026-06-01T12:00"))).isEqualTo("anna");
        assertThat(Cover.nextAvailable(alone, "anna", LocalDate.of(2026, 6, 1), List.of()))
                .isEmpty();
    }
}
