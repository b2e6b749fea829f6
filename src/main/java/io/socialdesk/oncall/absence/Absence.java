package io.socialdesk.oncall.absence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Someone away for whole days (vacation, sickness), with who covers for them.
 *
 * @param from the first day away, in the team's zone
 * @param to the last day away
 * @param cover who stands in; chosen from the rotation at the time of a page when null
 * @param createdSeq the order absences were entered in: when two overlap, the later one wins
 */
public record Absence(
        long id,
        String personId,
        LocalDate from,
        LocalDate to,
        @Nullable String cover,
        @Nullable String reason,
        String createdBy,
        long createdSeq) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
