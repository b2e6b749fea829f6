package io.socialdesk.watch.alerts;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import io.socialdesk.watch.WatchProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /sd alert test [critical]}: raises a test alert in the alerts channel that runs the real escalation chain,
 * marked as a test everywhere, so a team can check its set-up (who is paged, in which order, quiet hours) before it
 * matters. Taken on and resolved like any alert.
 */
@Component
class AlertCommand implements ChatCommand {

    private static final Logger log = LoggerFactory.getLogger(AlertCommand.class);

    private final Alerts alerts;
    private final AlertMessages messages;
    private final WatchProperties properties;
    private final Team team;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertCommand(
            Alerts alerts,
            AlertMessages messages,
            WatchProperties properties,
            Team team,
            ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.messages = messages;
        this.properties = properties;
        this.team = team;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "alert";
    }

    @Override
    @Transactional
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        List<String> words = request.arguments().positional();
        if (words.isEmpty()
                || !words.get(0).equalsIgnoreCase("test")
                || words.size() > 2
                || (words.size() == 2 && !words.get(1).toLowerCase(Locale.ROOT).matches("critical|kritisch"))) {
            return CommandReply.privately(texts.get("alert.error.usage", request.root()));
        }
        Optional<Person> caller = team.find(request.user());
        if (caller.isEmpty()) {
            return CommandReply.privately(texts.get("alert.error.unknown-caller"));
        }
        AlertSeverity severity = words.size() == 2 ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
        Instant now = Instant.now(clock);
        WatchProperties.Watchlist watchlist = TestAlerts.watchlist(messages.texts(), properties.channel());
        String summary = messages.texts().get("alert.test.summary", caller.get().name());
        Alert alert = alerts.open(TestAlerts.WATCHLIST_ID, severity, now, 0, 0, summary);
        Alert posted = alert.withMessage(messages.postWithoutChart(alert, watchlist));
        alerts.update(posted);
        log.info(
                "Test alert #{} ({}) raised by {}",
                posted.id(),
                severity,
                caller.get().id());
        events.publishEvent(new SpikeDetected(
                posted.id(),
                TestAlerts.WATCHLIST_ID,
                watchlist.name(),
                severity,
                now,
                posted.message(),
                summary,
                true));
        return CommandReply.privately(texts.get("alert.test.raised", posted.id()));
    }
}
