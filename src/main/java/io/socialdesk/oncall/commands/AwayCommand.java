package io.socialdesk.oncall.commands;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.absence.Absence;
import io.socialdesk.oncall.absence.Absences;
import io.socialdesk.oncall.absence.AbsencesChanged;
import io.socialdesk.oncall.notices.OncallNotices;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /sd away FROM TO [cover PERSON] [reason]} (an admin may start with {@code @person} to enter someone
 * else's), {@code /sd away list} and {@code /sd away cancel ID}. An absent person is never paged; their cover, or
 * the next member of the rotation, stands in.
 */
@Component
class AwayCommand implements ChatCommand {

    private final Absences absences;
    private final OnWatch onWatch;
    private final Team team;
    private final ApplicationEventPublisher events;
    private final OncallNotices notices;
    private final Clock clock;

    AwayCommand(
            Absences absences,
            OnWatch onWatch,
            Team team,
            ApplicationEventPublisher events,
            OncallNotices notices,
            Clock clock) {
        this.absences = absences;
        this.onWatch = onWatch;
        this.team = team;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "away";
    }

    @Override
    @Transactional
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        Optional<Person> caller = team.find(request.user());
        if (caller.isEmpty()) {
            return CommandReply.privately(texts.get("away.error.unknown-caller"));
        }
        List<String> words = new ArrayList<>(request.arguments().positional());
        if (words.isEmpty() || words.get(0).equalsIgnoreCase("list")) {
            return CommandReply.inChannel(list(texts));
        }
        if (words.get(0).equalsIgnoreCase("cancel")) {
            return cancel(words, texts, request.root());
        }
        Person absent = caller.get();
        if (words.get(0).startsWith("@")) {
            Optional<Person> other = person(words.remove(0).substring(1));
            if (other.isEmpty()) {
                return CommandReply.privately(texts.get("away.error.unknown", words.isEmpty() ? "" : words.get(0)));
            }
            if (!other.get().id().equals(caller.get().id()) && !caller.get().has(Role.ADMIN)) {
                return CommandReply.privately(
                        texts.get("away.error.not-admin", other.get().name()));
            }
            absent = other.get();
        }
        if (words.size() < 2) {
            return CommandReply.privately(texts.get("away.error.usage", request.root()));
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(words.get(0));
            to = LocalDate.parse(words.get(1));
        } catch (DateTimeParseException unreadable) {
            return CommandReply.privately(texts.get("away.error.date", unreadable.getParsedString()));
        }
        if (to.isBefore(from)) {
            return CommandReply.privately(texts.get("away.error.order", words.get(0), words.get(1)));
        }
        if (to.isBefore(LocalDate.ofInstant(clock.instant(), team.zone()))) {
            return CommandReply.privately(texts.get("away.error.past", words.get(1)));
        }
        String cover = null;
        int reasonFrom = 2;
        if (words.size() >= 4 && words.get(2).toLowerCase(Locale.ROOT).matches("cover|vertretung")) {
            Optional<Person> covering = person(words.get(3).replaceFirst("^@", ""));
            if (covering.isEmpty()) {
                return CommandReply.privately(texts.get("away.error.unknown", words.get(3)));
            }
            if (covering.get().id().equals(absent.id())) {
                return CommandReply.privately(texts.get("away.error.self-cover", absent.name()));
            }
            cover = covering.get().id();
            reasonFrom = 4;
        }
        String reason = words.size() > reasonFrom ? String.join(" ", words.subList(reasonFrom, words.size())) : null;
        long id =
                absences.add(absent.id(), from, to, cover, reason, caller.get().id());
        events.publishEvent(new AbsencesChanged(id));
        // no cover named: the rotation's next available member stands in, and is told so, like a named cover
        Optional<String> standIn = cover != null
                ? Optional.of(cover)
                : onWatch.inRotation(absent.id())
                        ? onWatch.standIn(
                                absent.id(),
                                from.atTime(12, 0).atZone(team.zone()).toInstant())
                        : Optional.empty();
        if (standIn.isPresent()) {
            tellCover(standIn.get(), absent, from, to);
        }
        String done = standIn.isEmpty()
                ? texts.get("away.done.auto", absent.name(), from.toString(), to.toString(), "", id)
                : texts.get(
                        cover == null ? "away.done.chosen" : "away.done",
                        absent.name(),
                        from.toString(),
                        to.toString(),
                        notices.name(standIn.get()),
                        id);
        // a long absence is checked for its first weeks: the daily look ahead finds the rest in time
        List<LocalDate> gaps = onWatch.gaps(from, (int) Math.min(ChronoUnit.DAYS.between(from, to) + 1, 62));
        return CommandReply.inChannel(
                gaps.isEmpty()
                        ? done
                        : done + "\n"
                                + texts.get(
                                        "away.gap",
                                        String.join(
                                                ", ",
                                                gaps.stream()
                                                        .map(LocalDate::toString)
                                                        .toList())));
    }

    private void tellCover(String coverId, Person absent, LocalDate from, LocalDate to) {
        if (!coverId.equals(absent.id())) {
            notices.toPerson(coverId, "away.cover.told", absent.name(), from.toString(), to.toString());
        }
    }

    private CommandReply cancel(List<String> words, Texts texts, String root) {
        if (words.size() != 2 || !words.get(1).matches("#?\\d{1,18}")) {
            return CommandReply.privately(texts.get("away.error.usage", root));
        }
        long id = Long.parseLong(words.get(1).replace("#", ""));
        if (!absences.cancel(id)) {
            return CommandReply.privately(texts.get("away.error.no-such", id));
        }
        events.publishEvent(new AbsencesChanged(id));
        return CommandReply.inChannel(texts.get("away.cancelled", id));
    }

    private String list(Texts texts) {
        List<Absence> known = absences.from(LocalDate.ofInstant(clock.instant(), team.zone()));
        if (known.isEmpty()) {
            return texts.get("away.list.none");
        }
        List<String> lines = new ArrayList<>(List.of(texts.get("away.list.title")));
        for (Absence absence : known) {
            lines.add(texts.get(
                    "away.list.line",
                    absence.id(),
                    notices.name(absence.personId()),
                    absence.from().toString(),
                    absence.to().toString(),
                    absence.cover() == null ? texts.get("away.list.auto") : notices.name(absence.cover())));
        }
        return String.join("\n", lines);
    }

    private Optional<Person> person(String spelled) {
        return team.people().stream()
                .filter(person ->
                        person.id().equalsIgnoreCase(spelled) || person.name().equalsIgnoreCase(spelled))
                .findFirst();
    }
}
