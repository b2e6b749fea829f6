package io.socialdesk.oncall.commands;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** {@code /sd oncall}: who keeps the watch now, who stands in, and who takes over at the next handoff. */
@Component
class OncallCommand implements ChatCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd.MM. HH:mm");

    private final OnWatch onWatch;
    private final Team team;
    private final Clock clock;

    OncallCommand(OnWatch onWatch, Team team, Clock clock) {
        this.onWatch = onWatch;
        this.team = team;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "oncall";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        Instant now = Instant.now(clock);
        String scheduled = onWatch.scheduled(now);
        String now1 = onWatch.now(now).map(this::name).orElse(texts.get("oncall.nobody"));
        String line = onWatch.now(now).filter(scheduled::equals).isPresent()
                ? texts.get("oncall.now", now1)
                : texts.get("oncall.now.covering", now1, name(scheduled));
        String standIn = onWatch.now(now)
                .flatMap(person -> onWatch.standIn(person, now))
                .map(this::name)
                .orElse(texts.get("oncall.nobody"));
        Instant handoff = onWatch.nextHandoff(now);
        String next = handoff.equals(Instant.MAX)
                ? texts.get("oncall.nobody")
                : texts.get(
                        "oncall.next",
                        name(onWatch.scheduled(handoff)),
                        WHEN.withLocale(texts.locale()).format(handoff.atZone(team.zone())));
        return CommandReply.inChannel(String.join("\n", line, texts.get("oncall.stand-in", standIn), next));
    }

    private String name(String personId) {
        return team.person(personId).map(Person::name).orElse(personId);
    }
}
