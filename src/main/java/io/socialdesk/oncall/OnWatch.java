package io.socialdesk.oncall;

import io.socialdesk.oncall.absence.Absence;
import io.socialdesk.oncall.absence.Absences;
import io.socialdesk.oncall.schedule.Cover;
import io.socialdesk.oncall.schedule.Coverage;
import io.socialdesk.oncall.schedule.Rota;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who keeps the 24/7 watch: the first rotation of the config, or, without one, everybody with the on-call role in
 * the order the team lists them, handing over on Mondays at 09:00; absences and their covers applied. Other modules
 * (crisis) ask it who to call.
 */
@Component
public class OnWatch {

    private final Rota rota;
    private final Absences absences;
    private final Team team;

    OnWatch(OncallProperties properties, Absences absences, Team team) {
        this.absences = absences;
        this.team = team;
        this.rota = properties.rotations().isEmpty()
                ? new Rota(
                        defaultMembers(team),
                        new io.socialdesk.config.CronSchedule("0 0 9 * * MON"),
                        team.zone(),
                        OncallProperties.Rotation.DEFAULT_START)
                : new Rota(
                        properties.rotations().get(0).members(),
                        properties.rotations().get(0).handoff(),
                        team.zone(),
                        properties.rotations().get(0).start());
    }

    private static List<String> defaultMembers(Team team) {
        List<String> onCall = team.people().stream()
                .filter(person -> person.has(Role.ON_CALL))
                .map(Person::id)
                .toList();
        return onCall.isEmpty()
                ? team.people().stream().map(Person::id).limit(1).toList()
                : onCall;
    }

    /** Who is on watch at {@code at}, covers applied; empty if everybody is away. */
    public Optional<String> now(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, team.zone());
        return Cover.forDay(rota, rota.memberAt(at), day, absences.from(day));
    }

    /** Who stands in after {@code onWatch} at {@code at}: the next member of the rotation who is not away. */
    public Optional<String> standIn(String onWatch, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, team.zone());
        return Cover.nextAvailable(rota, onWatch, day, absences.from(day));
    }

    /** Whether {@code personId} is away on the day of {@code at}. */
    public boolean isAway(String personId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, team.zone());
        List<Absence> known = absences.from(day);
        return Cover.isAway(personId, day, known);
    }

    /** Whether {@code personId} takes turns keeping the watch. */
    public boolean inRotation(String personId) {
        return rota.members().contains(personId);
    }

    /** The member the rota names at {@code at}, before absences. */
    public String scheduled(Instant at) {
        return rota.memberAt(at);
    }

    /** The days from {@code from} on which nobody could keep the watch, absences and covers applied. */
    public List<LocalDate> gaps(LocalDate from, int days) {
        return Coverage.gaps(rota, team.zone(), from, days, absences.from(from));
    }

    public Instant nextHandoff(Instant at) {
        return rota.nextHandoff(at);
    }
}
