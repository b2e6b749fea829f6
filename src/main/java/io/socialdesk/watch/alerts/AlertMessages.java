package io.socialdesk.watch.alerts;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.ChatImage;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertActions;
import io.socialdesk.watch.WatchProperties;
import io.socialdesk.watch.counting.Mentions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an alert says in chat: one message per episode in the watchlist's channel, edited in place as the episode
 * grows, is taken on and ends; the chart and the updates go into its thread.
 */
@Component
class AlertMessages {

    /** How many of the latest mentions an alert lists. */
    static final int TOP = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ChatGateway chat;
    private final Channels channels;
    private final WatchProperties properties;
    private final Mentions mentions;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final Team team;

    AlertMessages(
            ChatGateway chat,
            Channels channels,
            WatchProperties properties,
            Mentions mentions,
            MessageSource messages,
            UserLanguages languages,
            Team team) {
        this.chat = chat;
        this.channels = channels;
        this.properties = properties;
        this.mentions = mentions;
        this.messages = messages;
        this.languages = languages;
        this.team = team;
    }

    Texts texts() {
        return new Texts(messages, languages.teamLocale());
    }

    /** Posts a new alert with its chart; returns the alert message, whose thread carries what follows. */
    MessageRef post(Alert alert, WatchProperties.Watchlist watchlist, double upper) {
        String purpose = watchlist.channel() != null ? watchlist.channel() : properties.channel();
        MessageRef posted = chat.post(channels.channel(purpose), render(alert, watchlist));
        Instant to = Mentions.startOf(alert.detectedAt(), properties.bucket()).plus(properties.bucket());
        Instant from = to.minus(Duration.ofHours(48));
        byte[] png = AlertChart.png(
                watchlist.name(),
                everyBucket(mentions.counts(watchlist.id(), properties.bucket(), from, to), from, to),
                alert.expected(),
                upper,
                team.zone(),
                texts().get("alert.chart.legend"));
        chat.uploadImage(
                posted.channel(),
                ChatImage.png("alert-" + alert.id() + ".png", watchlist.name(), png),
                OutgoingMessage.text(texts().get("alert.chart.caption", watchlist.name(), alert.id())));
        return posted;
    }

    /** Posts a test alert: there are no mentions to chart. */
    MessageRef postWithoutChart(Alert alert, WatchProperties.Watchlist watchlist) {
        String purpose = watchlist.channel() != null ? watchlist.channel() : properties.channel();
        return chat.post(channels.channel(purpose), render(alert, watchlist));
    }

    /** Posts {@code key} where {@code watchlist}'s alerts go (the watch channel for one no longer configured). */
    void toChannel(Optional<WatchProperties.Watchlist> watchlist, String key, Object... args) {
        String purpose = watchlist.map(WatchProperties.Watchlist::channel).orElse(null);
        chat.post(
                channels.channel(purpose != null ? purpose : properties.channel()),
                OutgoingMessage.text(texts().get(key, args)));
    }

    void show(Alert alert, WatchProperties.Watchlist watchlist) {
        if (alert.message() != null) {
            chat.update(alert.message(), render(alert, watchlist));
        }
    }

    void inThread(Alert alert, String key, Object... args) {
        if (alert.message() != null) {
            chat.replyInThread(alert.message(), OutgoingMessage.text(texts().get(key, args)));
        }
    }

    private OutgoingMessage render(Alert alert, WatchProperties.Watchlist watchlist) {
        Texts texts = texts();
        String severity = texts.get("alert.severity." + alert.severity().name().toLowerCase(Locale.ROOT));
        List<Block> blocks = new ArrayList<>();
        String headline = texts.get("alert.title", severity, watchlist.name(), alert.summary());
        blocks.add(new Block.Section(headline));
        List<Mentions.Mention> top =
                mentions.latest(watchlist.id(), alert.openedAt().minus(Duration.ofHours(1)), TOP);
        if (!top.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Mentions.Mention mention : top) {
                lines.add(texts.get(
                        "alert.mention",
                        mention.source(),
                        mention.title(),
                        mention.link() == null ? "" : mention.link()));
            }
            blocks.add(new Block.Section(texts.get("alert.mentions") + "\n" + String.join("\n", lines)));
        }
        blocks.add(new Block.Context(status(alert, texts)));
        if (alert.status() != Alert.Status.RESOLVED) {
            String id = String.valueOf(alert.id());
            List<Block.Button> buttons = new ArrayList<>();
            if (alert.status() == Alert.Status.OPEN) {
                buttons.add(new Block.Button(
                        AlertActions.ACKNOWLEDGE,
                        texts.get("alert.button.acknowledge"),
                        id,
                        Block.Button.Style.PRIMARY));
            }
            buttons.add(new Block.Button(
                    AlertActions.RESOLVE, texts.get("alert.button.resolve"), id, Block.Button.Style.DEFAULT));
            buttons.add(new Block.Button(
                    AlertActions.DECLARE_CRISIS, texts.get("alert.button.crisis"), id, Block.Button.Style.DANGER));
            blocks.add(new Block.Context(texts.get("alert.howto")));
            blocks.add(new Block.Actions(buttons));
        }
        return new OutgoingMessage(headline, blocks);
    }

    private String status(Alert alert, Texts texts) {
        ZoneId zone = team.zone();
        String opened = TIME.format(alert.openedAt().atZone(zone));
        return switch (alert.status()) {
            case OPEN -> texts.get("alert.status.open", opened, alert.id());
            case ACKNOWLEDGED ->
                texts.get(
                        "alert.status.acknowledged",
                        opened,
                        alert.id(),
                        name(alert.acknowledgedBy()),
                        TIME.format(alert.acknowledgedAt().atZone(zone)));
            case RESOLVED ->
                alert.resolvedBy() == null
                        ? texts.get(
                                "alert.status.calm",
                                opened,
                                alert.id(),
                                TIME.format(alert.resolvedAt().atZone(zone)))
                        : texts.get(
                                "alert.status.resolved",
                                opened,
                                alert.id(),
                                name(alert.resolvedBy()),
                                TIME.format(alert.resolvedAt().atZone(zone)));
        };
    }

    String name(String personId) {
        return team.person(personId).map(Person::name).orElse(personId);
    }

    /** The period's buckets with the empty ones as zeros, so the chart shows quiet times as quiet. */
    private List<Mentions.Count> everyBucket(List<Mentions.Count> stored, Instant from, Instant to) {
        List<Mentions.Count> all = new ArrayList<>();
        int next = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(properties.bucket())) {
            if (next < stored.size() && stored.get(next).bucketStart().equals(start)) {
                all.add(stored.get(next++));
            } else {
                all.add(new Mentions.Count(start, 0));
            }
        }
        return all;
    }
}
