package io.socialdesk.feeds.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.MigratedDatabase;
import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.CommandArguments;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserRef;
import io.socialdesk.feeds.FeedsProperties;
import io.socialdesk.feeds.polling.AddressGuard;
import io.socialdesk.feeds.store.FeedHealth;
import io.socialdesk.feeds.store.FeedOrigin;
import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.team.Language;
import io.socialdesk.team.TeamProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FeedCommandTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final MigratedDatabase database = new MigratedDatabase();
    private final FeedSources sources = new FeedSources(database.jdbc());
    private final SteppingClock clock = new SteppingClock(NOW);
    private final FeedsProperties properties = new FeedsProperties(
            Duration.ofMinutes(15),
            List.of(new FeedsProperties.Topic("competitors", "Wettbewerb")),
            List.of(),
            List.of("intranet.example"));
    private final AddressGuard guard = new AddressGuard(List.of("intranet.example"), FeedCommandTests::resolve);
    private final FeedCommand command = new FeedCommand(
            sources,
            properties,
            guard,
            new TeamProperties(ZoneId.of("Europe/Berlin"), Language.DE, List.of(), List.of()),
            clock);

    @Test
    void addsAFeedFromChatUnderAReadableId() {
        CommandReply reply = run(Locale.ENGLISH, "add <https://www.heise.de/rss/heise.rdf> Wettbewerb");

        assertThat(reply.visibility()).isEqualTo(CommandReply.Visibility.CHANNEL);
        assertThat(reply.message().text()).contains("*heise-de*", "competitors", "history");
        FeedSource feed = sources.find("heise-de").orElseThrow();
        assertThat(feed.origin()).isEqualTo(FeedOrigin.CHAT);
        assertThat(feed.addedBy()).isEqualTo("U1");
        assertThat(feed.topics()).containsExactly("competitors");
        assertThat(feed.pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(feed.nextPollAt()).as("due at once").isEqualTo(NOW);

        assertThat(run(Locale.ENGLISH, "add https://heise.de/other.xml")
                        .message()
                        .text())
                .contains("heise-de-2");
        assertThat(run(Locale.GERMAN, "add https://www.heise.de/rss/heise.rdf")
                        .message()
                        .text())
                .contains("schon", "heise-de");
    }

    @Test
    void refusesAddressesOnTheBotsOwnNetworkAndOtherSchemes() {
        assertThat(run(Locale.ENGLISH, "add http://127.0.0.1:8080/actuator")
                        .message()
                        .text())
                .contains("private network");
        assertThat(run(Locale.ENGLISH, "add http://169.254.169.254/latest/meta-data/")
                        .message()
                        .text())
                .contains("private network");
        assertThat(run(Locale.ENGLISH, "add http://internal.example/feed")
                        .message()
                        .text())
                .contains("private network");
        assertThat(run(Locale.GERMAN, "add file:///etc/passwd").message().text())
                .contains("keine Feed-Adresse");
        assertThat(run(Locale.ENGLISH, "add https://news.example/feed nonsense")
                        .message()
                        .text())
                .contains("nonsense", "competitors");
        assertThat(sources.all()).isEmpty();

        assertThat(run(Locale.ENGLISH, "add http://intranet.example/feed").visibility())
                .as("allowed by name")
                .isEqualTo(CommandReply.Visibility.CHANNEL);
        assertThat(sources.all()).hasSize(1);
    }

    @Test
    void removesOnlyFeedsAddedInChat() {
        sources.seed(
                new FeedSources.Definition(
                        "tagesschau",
                        URI.create("https://www.tagesschau.de/xml/rss2/"),
                        List.of(),
                        Duration.ofMinutes(15)),
                NOW,
                NOW);
        run(Locale.ENGLISH, "add https://news.example/feed");

        assertThat(run(Locale.ENGLISH, "remove tagesschau").message().text()).contains("bot-config.yml");
        assertThat(run(Locale.ENGLISH, "remove https://news.example/feed")
                        .message()
                        .text())
                .contains("no longer read");
        assertThat(run(Locale.ENGLISH, "remove nothing").message().text()).contains("do not know");
        assertThat(sources.all()).extracting(FeedSource::id).containsExactly("tagesschau");
    }

    @Test
    void showsHealthWithReasonAndSince() {
        run(Locale.ENGLISH, "add https://news.example/feed");
        run(Locale.ENGLISH, "add https://blog.example/feed");
        sources.succeeded("news-example", null, null, 12, NOW, NOW.plusSeconds(900));
        sources.failed("blog-example", 3, FeedHealth.FAILING, "HTTP 404", NOW, NOW.plusSeconds(1200));

        String all = run(Locale.GERMAN, "status").message().text();
        assertThat(all)
                .contains("1 OK, 1 gestört, 0 abgeschaltet")
                .contains("*news-example* OK (12 Einträge)")
                .contains("*blog-example* GESTÖRT seit 06.12. 11:00: HTTP 404");
        String one = run(Locale.ENGLISH, "status blog-example").message().text();
        assertThat(one)
                .contains("FAILING since 06.12. 11:00: HTTP 404", "Failures in a row: 3", "Next poll: 06.12. 11:20");
        assertThat(run(Locale.ENGLISH, "list").message().text()).contains("*Feeds* (2)", "added in chat", "15 min");
        assertThat(run(Locale.ENGLISH, "frobnicate").visibility()).isEqualTo(CommandReply.Visibility.PRIVATE);
    }

    private CommandReply run(Locale language, String arguments) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/feeds/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        CommandInvoked invocation = new CommandInvoked(
                "e1",
                new ChannelRef(Platform.LOCAL, "social"),
                new UserRef(Platform.LOCAL, "U1"),
                "feed " + arguments,
                null,
                NOW);
        return command.handle(
                new CommandRequest(invocation, CommandArguments.parse(arguments), new Texts(messages, language), "sd"));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "internal.example" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})};
            case "intranet.example" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 1, 2, 4})};
            default ->
                host.matches("[0-9.]+")
                        ? InetAddress.getAllByName(host)
                        : new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})
                        };
        };
    }
}
