package io.socialdesk.digest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.socialdesk.ChatMessages.byBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.socialdesk.BotUnderTest;
import io.socialdesk.TestDatabase;
import io.socialdesk.local.LocalChatClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A feed written in {@code bot-config.yml}, served from loopback, is polled by the started bot; its items reach the
 * digest, where the same story from three outlets is one entry with three sources, and {@code /sd feed status}
 * shows the feed healthy.
 */
class FeedsToDigestIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private final WireMockServer site =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final TestDatabase database = newDatabase();
    private ConfigurableApplicationContext context;

    /** The database the bot runs on: H2 here; the PostgreSQL twin says otherwise. */
    TestDatabase newDatabase() {
        return TestDatabase.H2;
    }

    @BeforeEach
    void serve() {
        site.start();
        String now =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusHours(1));
        site.stubFor(get(urlPathEqualTo("/news.xml"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                        .withBody(
                                """
                                <?xml version="1.0" encoding="UTF-8"?>
                                <rss version="2.0"><channel><title>Nachrichten</title><link>https://news.example/</link>
                                <item><title>ACME ruft 10.000 E-Bikes wegen defekter Bremsen zurück</title>
                                  <link>https://www.spiegel.de/wirtschaft/acme-rueckruf-ebikes-bremsen</link><pubDate>%1$s</pubDate></item>
                                <item><title>Rückruf: ACME holt 10.000 E-Bikes zurück – Bremsen defekt</title>
                                  <link>https://www.zeit.de/mobilitaet/acme-rueckruf-bremsen</link><pubDate>%1$s</pubDate></item>
                                <item><title>Defekte Bremsen: ACME startet Rückruf für 10.000 E-Bikes</title>
                                  <link>https://www.faz.net/aktuell/acme-rueckruf-e-bikes</link><pubDate>%1$s</pubDate></item>
                                <item><title>Bundesliga: Bayern schlägt Dortmund 3:1</title>
                                  <link>https://www.kicker.de/bayern-dortmund</link><pubDate>%1$s</pubDate></item>
                                </channel></rss>
                                """
                                        .formatted(now))));
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        site.stop();
        database.drop();
    }

    @Test
    void aPolledFeedsSameStoryFromThreeOutletsIsOneDigestEntryWithThreeSources() {
        BotUnderTest bot = new BotUnderTest(folder);
        database.arguments().forEach(bot::argument);
        context = bot.config(
                        """
                        team:
                          people:
                            - {id: anna, name: Anna, roles: [admin]}
                        feeds:
                          topics:
                            - {id: news, name: Nachrichten}
                          sources:
                            - {id: wire, url: "%s/news.xml", topics: [news]}
                        """
                                .formatted(site.baseUrl()))
                .argument("--socialdesk.ticks.initial-delay-millis=200")
                .argument("--socialdesk.ticks.feeds-millis=300")
                .start()
                .context();
        LocalChatClient chat =
                new LocalChatClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        // configured feeds are first due within a minute of the start, spread out
        await().atMost(Duration.ofSeconds(90)).until(() -> !site.findAll(getRequestedFor(urlPathEqualTo("/news.xml")))
                .isEmpty());

        JsonNode digest = await().atMost(WITHIN)
                .alias("a digest with 3 sources")
                .failFast(() -> {
                    if (chat.messages("social", "anna").size() > 40) {
                        throw new AssertionError(chat.messages("social", "anna").stream()
                                .map(message -> message.path("text").asString())
                                .toList()
                                .toString());
                    }
                })
                .until(
                        () -> {
                            chat.post("social", "anna", "/sd digest news 24h");
                            return chat.messages("social", "anna").stream()
                                    .filter(byBot("3 Quellen"))
                                    .findFirst();
                        },
                        Optional::isPresent)
                .orElseThrow();
        assertThat(digest.path("text").asString())
                .contains("ACME", "3 Quellen", "Bayern")
                .doesNotContain("4 Quellen");

        chat.post("social", "anna", "/sd feed status");
        JsonNode status = await().atMost(WITHIN)
                .until(
                        () -> chat.messages("social", "anna").stream()
                                .filter(byBot("wire"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(status.path("text").asString()).contains("OK");
    }
}
