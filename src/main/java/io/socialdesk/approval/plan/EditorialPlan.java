package io.socialdesk.approval.plan;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.chat.Texts;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** What is planned: the drafts waiting for approval or scheduled, and what went out, by week. */
@Service
class EditorialPlan {

    static final List<DraftStatus> PLANNED = List.of(
            DraftStatus.PENDING,
            DraftStatus.ON_HOLD,
            DraftStatus.CHANGES_REQUESTED,
            DraftStatus.APPROVED,
            DraftStatus.SCHEDULED,
            DraftStatus.PUBLISHED,
            DraftStatus.HANDED_OVER,
            DraftStatus.FAILED);

    private final Drafts drafts;
    private final Team team;

    EditorialPlan(Drafts drafts, Team team) {
        this.drafts = drafts;
        this.team = team;
    }

    /** The week's plan as people read it in chat: a title and a line per draft, or that nothing is planned. */
    String describe(Week week, boolean undated, Texts texts) {
        List<Draft> planned = in(week, undated);
        if (planned.isEmpty()) {
            return texts.get("queue.empty", week.number(), week.year());
        }
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("EE dd.MM. HH:mm", texts.locale()).withZone(team.zone());
        StringBuilder text = new StringBuilder(texts.get("queue.title", week.number(), week.year()));
        for (Draft draft : planned) {
            text.append('\n')
                    .append(texts.get(
                            "queue.line",
                            draft.plannedAt() == null ? texts.get("queue.undated") : when.format(draft.plannedAt()),
                            draft.id(),
                            draft.networks().stream().map(Network::displayName).collect(Collectors.joining(", ")),
                            texts.get("status." + draft.status().key()),
                            team.person(draft.authorId()).map(Person::name).orElse(draft.authorId()),
                            preview(draft.text())));
        }
        return text.toString();
    }

    private static String preview(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** A week, Monday to Monday, in the team's zone. */
    record Week(int year, int number, Instant from, Instant to) {

        static Week containing(LocalDate day, ZoneId zone) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return new Week(
                    monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    monday.atStartOfDay(zone).toInstant(),
                    monday.plusWeeks(1).atStartOfDay(zone).toInstant());
        }

        static Week of(int year, int number, ZoneId zone) {
            LocalDate day = LocalDate.of(year, 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return containing(day, zone);
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(to);
        }
    }

    /** The drafts planned in {@code week}, by time; with {@code undated} also those waiting without a time. */
    List<Draft> in(Week week, boolean undated) {
        return drafts.withStatus(PLANNED.toArray(DraftStatus[]::new)).stream()
                .filter(draft -> draft.plannedAt() == null
                        ? undated && !draft.status().isFinal()
                        : week.contains(draft.plannedAt()))
                .sorted(Comparator.comparing(
                                (Draft draft) -> draft.plannedAt() == null ? Instant.MAX : draft.plannedAt())
                        .thenComparing(Draft::id))
                .toList();
    }

    /** Every planned draft from {@code since} on, for the calendar feed. */
    List<Draft> since(Instant since) {
        return drafts.withStatus(PLANNED.toArray(DraftStatus[]::new)).stream()
                .filter(draft -> draft.plannedAt() != null && !draft.plannedAt().isBefore(since))
                .toList();
    }
}
