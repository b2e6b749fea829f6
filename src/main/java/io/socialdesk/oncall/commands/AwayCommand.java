package io.socialdesk.oncall.commands;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.oncall.absence.Absence;
import io.socialdesk.oncall.absence.Absences;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private final Team team;
    private final Clock clock;

    AwayCommand(Absences absences, Team team, Clock clock) {
        this.absences = absences;
        this.team = team;
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
        return CommandReply.inChannel(texts.get(
                cover == null ? "away.done.auto" : "away.done",
                absent.name(),
                from.toString(),
                to.toString(),
                cover == null ? "" : name(cover),
                id));
    }

    private CommandReply cancel(List<String> words, Texts texts, String root) {
        if (words.size() != 2 || !words.get(1).matches("#?\\d{1,18}")) {
            return CommandReply.privately(texts.get("away.error.usage", root));
        }
        long id = Long.parseLong(words.get(1).replace("#", ""));
        return absences.cancel(id)
                ? CommandReply.inChannel(texts.get("away.cancelled", id))
                : CommandReply.privately(texts.get("away.error.no-such", id));
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
                    name(absence.personId()),
                    absence.from().toString(),
                    absence.to().toString(),
                    absence.cover() == null ? texts.get("away.list.auto") : name(absence.cover())));
        }
        return String.join("\n", lines);
    }

    private Optional<Person> person(String spelled) {
        return team.people().stream()
                .filter(person ->
                        person.id().equalsIgnoreCase(spelled) || person.name().equalsIgnoreCase(spelled))
                .findFirst();
    }

    private String name(String personId) {
        return team.person(personId).map(Person::name).orElse(personId);
    }
}
