package io.socialdesk.oncall.schedule;

import io.socialdesk.oncall.absence.Absence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who actually keeps the watch on a day, given who the rota names and who is away: the person themselves, else the
 * cover named on their latest absence (if that cover is not away too), else the next member of the rotation who is
 * not away. Pure; an empty answer means nobody is available, which the caller must say out loud.
 */
public final class Cover {

    private Cover() {}

    public static Optional<String> forDay(Rota rota, String scheduled, LocalDate day, List<Absence> absences) {
        Optional<Absence> away = latestAbsence(scheduled, day, absences);
        if (away.isEmpty()) {
            return Optional.of(scheduled);
        }
        String named = away.get().cover();
        if (named != null && latestAbsence(named, day, absences).isEmpty()) {
            return Optional.of(named);
        }
        return nextAvailable(rota, scheduled, day, absences);
    }

    /** The first member after {@code member} in the rotation who is not away on {@code day}. */
    public static Optional<String> nextAvailable(Rota rota, String member, LocalDate day, List<Absence> absences) {
        // a cover from outside the rotation hands on to the rotation's first member
        String candidate = member;
        for (int i = 0; i < rota.members().size(); i++) {
            candidate = rota.after(candidate);
            if (!candidate.equals(member)
                    && latestAbsence(candidate, day, absences).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean isAway(String person, LocalDate day, List<Absence> absences) {
        return latestAbsence(person, day, absences).isPresent();
    }

    private static Optional<Absence> latestAbsence(String person, LocalDate day, List<Absence> absences) {
        return absences.stream()
                .filter(absence -> absence.personId().equals(person) && absence.covers(day))
                .max(Comparator.comparingLong(Absence::createdSeq));
    }
}
