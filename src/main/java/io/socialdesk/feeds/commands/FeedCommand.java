package io.socialdesk.feeds.commands;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.feeds.FeedsProperties;
import io.socialdesk.feeds.polling.AddressGuard;
import io.socialdesk.feeds.store.FeedHealth;
import io.socialdesk.feeds.store.FeedOrigin;
import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.team.TeamProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code /sd feed}: {@code add URL [topic]} reads a new feed (checked: http or https, not on the bot's own network
 * unless allowed), {@code list} shows what is read, {@code remove ID} stops reading a feed added in chat, and
 * {@code status [ID]} shows each feed's health with the reason and since when. Feeds of {@code bot-config.yml}
 * are changed in the file.
 */
@Component
class FeedCommand implements ChatCommand {

    private static final Logger log = LoggerFactory.getLogger(FeedCommand.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private final FeedSources sources;
    private final FeedsProperties properties;
    private final AddressGuard guard;
    private final TeamProperties team;
    private final Clock clock;

    FeedCommand(FeedSources sources, FeedsProperties properties, AddressGuard guard, TeamProperties team, Clock clock) {
        this.sources = sources;
        this.properties = properties;
        this.guard = guard;
        this.team = team;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        List<String> words = request.arguments().positional();
        String action = words.isEmpty() ? "list" : words.get(0).toLowerCase(Locale.ROOT);
        return switch (action) {
            case "add" -> words.size() == 2 || words.size() == 3 ? add(request, words) : usage(request);
            case "list" -> words.size() == 1 ? CommandReply.inChannel(list(request.texts())) : usage(request);
            case "remove" -> words.size() == 2 ? remove(request, words.get(1)) : usage(request);
            case "status" ->
                words.size() == 1
                        ? CommandReply.inChannel(status(request.texts()))
                        : words.size() == 2 ? statusOf(request, words.get(1)) : usage(request);
            default -> usage(request);
        };
    }

    private CommandReply usage(CommandRequest request) {
        return CommandReply.privately(request.texts().get("feed.error.usage", request.root()));
    }

    private CommandReply add(CommandRequest request, List<String> words) {
        Texts texts = request.texts();
        String written = words.get(1).strip();
        // Slack wraps links in <…>, sometimes with a label after |
        if (written.startsWith("<") && written.endsWith(">")) {
            written = written.substring(1, written.length() - 1);
            int bar = written.indexOf('|');
            written = bar < 0 ? written : written.substring(0, bar);
        }
        URI url;
        try {
            url = URI.create(written);
        } catch (IllegalArgumentException unreadable) {
            return CommandReply.privately(texts.get("feed.error.url", written));
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            return CommandReply.privately(texts.get("feed.error.url", written));
        }
        List<String> topics = List.of();
        if (words.size() == 3) {
            String topic = words.get(2);
            Optional<FeedsProperties.Topic> known = properties.topics().stream()
                    .filter(candidate ->
                            candidate.id().equalsIgnoreCase(topic) || topic.equalsIgnoreCase(candidate.name()))
                    .findFirst();
            if (known.isEmpty()) {
                return CommandReply.privately(texts.get("feed.error.topic", topic, topicIds()));
            }
            topics = List.of(known.get().id());
        }
        Optional<String> refused = guard.refusal(url, FeedOrigin.CHAT);
        if (refused.isPresent()) {
            log.info("Refused a feed added from chat at host {}: {}", url.getHost(), refused.get());
            return CommandReply.privately(texts.get("feed.error.refused", url.getHost(), refused.get()));
        }
        Instant now = Instant.now(clock);
        Optional<FeedSource> known = sources.findByUrl(url);
        if (known.isPresent()) {
            if (known.get().health() == FeedHealth.DISABLED) {
                sources.pollSoon(known.get().id(), now);
                return CommandReply.inChannel(
                        texts.get("feed.add.retry", known.get().id()));
            }
            return CommandReply.privately(
                    texts.get("feed.error.known", known.get().id()));
        }
        String id = freeId(url);
        sources.add(
                new FeedSources.Definition(id, url, topics, properties.pollInterval()),
                request.user().id(),
                now);
        return CommandReply.inChannel(
                texts.get("feed.add.done", id, url.toString(), topics.isEmpty() ? "–" : topics.get(0)));
    }

    private CommandReply remove(CommandRequest request, String wanted) {
        Texts texts = request.texts();
        Optional<FeedSource> feed = find(wanted);
        if (feed.isEmpty()) {
            return CommandReply.privately(texts.get("feed.error.unknown", wanted));
        }
        if (feed.get().origin() == FeedOrigin.CONFIG) {
            return CommandReply.privately(
                    texts.get("feed.error.configured", feed.get().id()));
        }
        sources.remove(feed.get().id());
        return CommandReply.inChannel(texts.get("feed.remove.done", feed.get().id()));
    }

    private String list(Texts texts) {
        List<FeedSource> all = sources.all();
        if (all.isEmpty()) {
            return texts.get("feed.list.none");
        }
        List<String> lines = new ArrayList<>(List.of(texts.get("feed.list.title", all.size())));
        for (FeedSource feed : all) {
            lines.add(texts.get(
                    "feed.list.line",
                    feed.id(),
                    feed.url().toString(),
                    feed.topics().isEmpty() ? "–" : String.join(", ", feed.topics()),
                    texts.get("feed.origin." + feed.origin().name().toLowerCase(Locale.ROOT)),
                    feed.pollInterval().toMinutes()));
        }
        return String.join("\n", lines);
    }

    private String status(Texts texts) {
        List<FeedSource> all = sources.all();
        if (all.isEmpty()) {
            return texts.get("feed.list.none");
        }
        long ok = all.stream().filter(feed -> feed.health() == FeedHealth.OK).count();
        long failing =
                all.stream().filter(feed -> feed.health() == FeedHealth.FAILING).count();
        long disabled = all.size() - ok - failing;
        List<String> lines = new ArrayList<>(List.of(texts.get("feed.status.title", ok, failing, disabled)));
        for (FeedSource feed : all) {
            lines.add(line(feed, texts));
        }
        return String.join("\n", lines);
    }

    private CommandReply statusOf(CommandRequest request, String wanted) {
        Texts texts = request.texts();
        Optional<FeedSource> found = find(wanted);
        if (found.isEmpty()) {
            return CommandReply.privately(texts.get("feed.error.unknown", wanted));
        }
        FeedSource feed = found.get();
        List<String> lines = new ArrayList<>();
        lines.add(line(feed, texts));
        lines.add(texts.get("feed.status.url", feed.url().toString()));
        lines.add(
                feed.lastSuccessAt() == null
                        ? texts.get("feed.status.never")
                        : texts.get("feed.status.last", when(feed.lastSuccessAt()), feed.lastItemCount()));
        lines.add(texts.get("feed.status.next", when(feed.nextPollAt())));
        if (feed.consecutiveFailures() > 0) {
            lines.add(texts.get("feed.status.failures", feed.consecutiveFailures()));
        }
        return CommandReply.inChannel(String.join("\n", lines));
    }

    private String line(FeedSource feed, Texts texts) {
        String health = texts.get("feed.health." + feed.health().name().toLowerCase(Locale.ROOT));
        return feed.health() == FeedHealth.OK
                ? texts.get("feed.status.ok", feed.id(), health, feed.lastItemCount())
                : texts.get(
                        "feed.status.bad",
                        feed.id(),
                        health,
                        when(feed.healthSince()),
                        feed.healthReason() == null ? "–" : feed.healthReason());
    }

    private Optional<FeedSource> find(String wanted) {
        Optional<FeedSource> byId =
                sources.find(wanted.toLowerCase(Locale.ROOT)).or(() -> sources.find(wanted));
        if (byId.isPresent()) {
            return byId;
        }
        try {
            return sources.findByUrl(URI.create(wanted.strip()));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    // a readable id from the host (heise-de), made unique with a number
    private String freeId(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        String base = host.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "feed" : base.length() > 50 ? base.substring(0, 50) : base;
        Set<String> taken = sources.all().stream().map(FeedSource::id).collect(Collectors.toSet());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private String topicIds() {
        return properties.topics().isEmpty()
                ? "–"
                : properties.topics().stream().map(FeedsProperties.Topic::id).collect(Collectors.joining(", "));
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(team.zone()));
    }
}
