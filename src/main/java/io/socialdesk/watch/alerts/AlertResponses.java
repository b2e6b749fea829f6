package io.socialdesk.watch.alerts;

import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertAcknowledged;
import io.socialdesk.watch.AlertActions;
import io.socialdesk.watch.AlertResolved;
import io.socialdesk.watch.WatchProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * People answering an alert: 👀 on it (or its button, on the alert or on a page) takes it on, ✅ (or the resolve
 * button) ends it. Who and when is stored and shown on the alert, and the other modules hear of it. A cheap check
 * picks these out of all reactions inside the chat event's transaction; the change itself runs after it.
 */
@Component
class AlertResponses {

    private static final Emoji TAKE_ON = Emoji.of("👀");
    private static final Emoji RESOLVE = Emoji.of("✅");

    /** Someone answered alert {@code alertId}. */
    record Answered(long alertId, UserRef user, boolean resolves) {}

    private final Alerts alerts;
    private final AlertMessages messages;
    private final WatchProperties properties;
    private final ApplicationEventPublisher events;
    private final ChatGateway chat;
    private final Team team;
    private final Clock clock;

    AlertResponses(
            Alerts alerts,
            AlertMessages messages,
            WatchProperties properties,
            ApplicationEventPublisher events,
            ChatGateway chat,
            Team team,
            Clock clock) {
        this.alerts = alerts;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.chat = chat;
        this.team = team;
        this.clock = clock;
    }

    @EventListener
    void pick(ReactionAdded reaction) {
        boolean takesOn = reaction.emoji().equals(TAKE_ON);
        if (takesOn || reaction.emoji().equals(RESOLVE)) {
            alerts.idAt(reaction.message())
                    .ifPresent(id -> events.publishEvent(new Answered(id, reaction.user(), !takesOn)));
        }
    }

    @EventListener
    void pick(ButtonClicked click) {
        boolean takesOn = click.actionId().equals(AlertActions.ACKNOWLEDGE);
        if ((takesOn || click.actionId().equals(AlertActions.RESOLVE)) && click.value() != null) {
            try {
                events.publishEvent(new Answered(Long.parseLong(click.value()), click.user(), !takesOn));
            } catch (NumberFormatException ignored) {
                // not one of our buttons' values; nothing to do
            }
        }
    }

    @ApplicationModuleListener
    void on(Answered answer) {
        Optional<Alert> found = alerts.lock(answer.alertId());
        if (found.isEmpty()) {
            return;
        }
        Alert alert = found.get();
        Optional<Person> person = team.find(answer.user());
        if (person.isEmpty()) {
            if (alert.message() != null) {
                chat.ephemeral(
                        alert.message().channel(),
                        answer.user(),
                        OutgoingMessage.text(messages.texts().get("alert.unknown-person")));
            }
            return;
        }
        Instant now = Instant.now(clock);
        WatchProperties.Watchlist watchlist = watchlist(alert);
        if (answer.resolves() && alert.status() != Alert.Status.RESOLVED) {
            Alert resolved = alert.resolved(person.get().id(), now);
            alerts.update(resolved);
            messages.show(resolved, watchlist);
            messages.inThread(resolved, "alert.thread.resolved", person.get().name());
            events.publishEvent(new AlertResolved(resolved.id(), person.get().id(), now));
        } else if (!answer.resolves() && alert.status() == Alert.Status.OPEN) {
            Alert taken = alert.acknowledged(person.get().id(), now);
            alerts.update(taken);
            messages.show(taken, watchlist);
            messages.inThread(taken, "alert.thread.acknowledged", person.get().name());
            events.publishEvent(new AlertAcknowledged(taken.id(), person.get().id(), now));
        }
    }

    /** The alert's watchlist; one removed from the config since still shows under its id. */
    private WatchProperties.Watchlist watchlist(Alert alert) {
        if (TestAlerts.isTest(alert)) {
            return TestAlerts.watchlist(messages.texts(), properties.channel());
        }
        return properties.watchlists().stream()
                .filter(watchlist -> watchlist.id().equals(alert.watchlistId()))
                .findFirst()
                .orElseGet(() -> new WatchProperties.Watchlist(
                        alert.watchlistId(),
                        null,
                        java.util.List.of(alert.watchlistId()),
                        null,
                        null,
                        null,
                        null,
                        io.socialdesk.watch.detection.Sensitivity.BALANCED));
    }
}
