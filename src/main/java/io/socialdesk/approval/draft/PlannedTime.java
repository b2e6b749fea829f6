package io.socialdesk.approval.draft;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When a post should go out, as people write it: {@code 2026-12-01T09:00} (or with a space) in the team's zone.
 * A time the clocks skip in spring does not exist and is refused with the hour after the gap to use instead; a time
 * the clocks go through twice in autumn is refused with both readings, which can be written with their offset
 * ({@code 2026-10-25T02:30+02:00}). Nothing is quietly moved.
 */
final class PlannedTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private PlannedTime() {}

    static Instant parse(String text, ZoneId zone) {
        String value = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // the usual case: a local time in the team's zone
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(value);
        } catch (DateTimeParseException ex) {
            throw new DraftRefusedException("draft.error.at", text, zone.getId());
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            LocalDateTime after =
                    zone.getRules().getTransition(local).getDateTimeAfter().truncatedTo(ChronoUnit.MINUTES);
            throw new DraftRefusedException("draft.error.at-gap", text, zone.getId(), MINUTES.format(after));
        }
        if (offsets.size() > 1) {
            throw new DraftRefusedException(
                    "draft.error.at-twice",
                    text,
                    zone.getId(),
                    MINUTES.format(local) + offsets.get(0).getId(),
                    MINUTES.format(local) + offsets.get(1).getId());
        }
        return local.toInstant(offsets.get(0));
    }
}
