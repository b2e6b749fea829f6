package io.socialdesk.watch.alerts;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import io.socialdesk.watch.WatchProperties;
import io.socialdesk.watch.counting.Mentions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /sd watch}: the watchlists and how they stand ({@code list}, {@code show NAME}), and muting one for a
 * while with a reason ({@code mute NAME 2h "Kampagne läuft"}, {@code unmute NAME}). Watchlists themselves are
 * written in {@code bot-config.yml}.
 */
@Component
class WatchCommand implements ChatCommand {

    /** The longest mute: a forgotten one must not silence a watchlist for good. */
    static final Duration LONGEST_MUTE = Duration.ofDays(14);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private final WatchProperties properties;
    private final Mutes mutes;
    private final Alerts alerts;
    private final Mentions mentions;
    private final AlertMessages messages;
    private final Team team;
    private final Clock clock;

    WatchCommand(
            WatchProperties properties,
            Mutes mutes,
            Alerts alerts,
            Mentions mentions,
            AlertMessages messages,
            Team team,
            Clock clock) {
        this.properties = properties;
        this.mutes = mutes;
        this.alerts = alerts;
        this.mentions = mentions;
        this.messages = messages;
        this.team = team;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "watch";
    }

    @Override
    @Transactional
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        List<String> words = request.arguments().positional();
        String action = words.isEmpty() ? "list" : words.get(0).toLowerCase(Locale.ROOT);
        return switch (action) {
            case "list" -> CommandReply.inChannel(list(texts));
            case "show" ->
                withWatchlist(request, words, 2, watchlist -> CommandReply.inChannel(show(watchlist, texts)));
            case "mute" -> withWatchlist(request, words, 4, watchlist -> mute(request, watchlist, words));
            case "unmute" -> withWatchlist(request, words, 2, watchlist -> unmute(request, watchlist));
            default -> usage(request);
        };
    }

    private interface WatchlistAction {
        CommandReply run(WatchProperties.Watchlist watchlist);
    }

    private CommandReply withWatchlist(CommandRequest request, List<String> words, int size, WatchlistAction action) {
        if (words.size() != size) {
            return usage(request);
        }
        String wanted = words.get(1);
        Optional<WatchProperties.Watchlist> watchlist = properties.watchlists().stream()
                .filter(candidate -> candidate.id().equalsIgnoreCase(wanted)
                        || candidate.name().equalsIgnoreCase(wanted))
                .findFirst();
        if (watchlist.isEmpty()) {
            return CommandReply.privately(request.texts().get("watch.error.unknown", wanted, ids()));
        }
        return action.run(watchlist.get());
    }

    private CommandReply usage(CommandRequest request) {
        return CommandReply.privately(request.texts().get("watch.error.usage", request.root()));
    }

    private String ids() {
        return properties.watchlists().isEmpty()
                ? "–"
                : String.join(
                        ", ",
                        properties.watchlists().stream()
                                .map(WatchProperties.Watchlist::id)
                                .toList());
    }

    private String list(Texts texts) {
        if (properties.watchlists().isEmpty()) {
            return texts.get("watch.list.none");
        }
        List<String> lines = new ArrayList<>(List.of(texts.get("watch.list.title")));
        for (WatchProperties.Watchlist watchlist : properties.watchlists()) {
            lines.add(texts.get(
                    "watch.list.line",
                    watchlist.name(),
                    watchlist.id(),
                    watchlist.terms().size(),
                    preset(watchlist, texts),
                    state(watchlist, texts)));
        }
        return String.join("\n", lines);
    }

    private String show(WatchProperties.Watchlist watchlist, Texts texts) {
        Instant now = Instant.now(clock);
        long lastDay = mentions.counts(watchlist.id(), properties.bucket(), now.minus(Duration.ofDays(1)), now).stream()
                .mapToLong(Mentions.Count::mentions)
                .sum();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("watch.show.title", watchlist.name(), watchlist.id()));
        lines.add(texts.get("watch.show.terms", String.join(", ", watchlist.terms())));
        if (!watchlist.context().isEmpty()) {
            lines.add(texts.get("watch.show.context", String.join(", ", watchlist.context())));
        }
        if (!watchlist.exclude().isEmpty()) {
            lines.add(texts.get("watch.show.exclude", String.join(", ", watchlist.exclude())));
        }
        lines.add(texts.get(
                "watch.show.topics",
                watchlist.topics().isEmpty()
                        ? texts.get("watch.show.all-feeds")
                        : String.join(", ", watchlist.topics())));
        lines.add(texts.get("watch.show.volume", lastDay, preset(watchlist, texts)));
        lines.add(state(watchlist, texts));
        return String.join("\n", lines);
    }

    private String state(WatchProperties.Watchlist watchlist, Texts texts) {
        Instant now = Instant.now(clock);
        Optional<Mutes.Mute> mute =
                mutes.of(watchlist.id()).filter(found -> found.until().isAfter(now));
        Optional<Alert> alert = alerts.unresolved(watchlist.id());
        if (mute.isPresent()) {
            return texts.get(
                    "watch.state.muted",
                    when(mute.get().until()),
                    messages.name(mute.get().mutedBy()),
                    mute.get().reason());
        }
        return alert.map(open -> texts.get("watch.state.alert", open.id(), open.summary()))
                .orElseGet(() -> texts.get("watch.state.quiet"));
    }

    private CommandReply mute(CommandRequest request, WatchProperties.Watchlist watchlist, List<String> words) {
        Texts texts = request.texts();
        Optional<Person> person = team.find(request.user());
        if (person.isEmpty()) {
            return CommandReply.privately(texts.get("watch.error.unknown-person"));
        }
        Duration length;
        try {
            length = DurationStyle.SIMPLE.parse(words.get(2));
        } catch (IllegalArgumentException unreadable) {
            return CommandReply.privately(texts.get("watch.error.duration", words.get(2)));
        }
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST_MUTE) > 0) {
            return CommandReply.privately(texts.get("watch.error.duration", words.get(2)));
        }
        String reason = words.get(3).strip();
        if (reason.isEmpty()) {
            return usage(request);
        }
        Instant now = Instant.now(clock);
        Mutes.Mute mute = new Mutes.Mute(watchlist.id(), person.get().id(), reason, now, now.plus(length));
        mutes.mute(mute);
        return CommandReply.inChannel(texts.get(
                "watch.mute.done",
                watchlist.name(),
                when(mute.until()),
                person.get().name(),
                reason));
    }

    private CommandReply unmute(CommandRequest request, WatchProperties.Watchlist watchlist) {
        Optional<Person> person = team.find(request.user());
        if (person.isEmpty()) {
            return CommandReply.privately(request.texts().get("watch.error.unknown-person"));
        }
        return mutes.unmute(watchlist.id())
                ? CommandReply.inChannel(request.texts()
                        .get("watch.unmute.done", watchlist.name(), person.get().name()))
                : CommandReply.privately(request.texts().get("watch.unmute.none", watchlist.name()));
    }

    private static String preset(WatchProperties.Watchlist watchlist, Texts texts) {
        return texts.get("watch.preset." + watchlist.preset().name().toLowerCase(Locale.ROOT));
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(team.zone()));
    }
}
