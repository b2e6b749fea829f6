package io.socialdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.socialdesk.slack.SlackApiRequests.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.socialdesk.BotUnderTest;
import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replicas of the bot on one PostgreSQL, as behind a load balancer: Slack's events reach either, and every
 * reply goes out exactly once, in order per conversation, also when one replica stops in the middle.
 */
@OnPostgres
class SlackReplicasOnPostgresIntegrationTests {

    private static final String SECRET = "replica-signing-secret";
    private static final int EVENTS = 500;
    private static final int POSTS = 200;
    private static final int CHANNELS = 5;

    @TempDir
    Path folder;

    private final PostgresSchema schema = new PostgresSchema();
    private final WireMockServer slackApi = new WireMockServer(
            wireMockConfig().dynamicPort().bindAddress("127.0.0.1").globalTemplating(true));
    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackRequestVerifier signer =
            new SlackRequestVerifier(SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    private final List<BotUnderTest> replicas = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        replicas.forEach(BotUnderTest::stop);
        slackApi.stop();
        schema.drop();
    }

    @Test
    void twoReplicasDeliverEveryReplyOnceAndInOrderAndOneFinishesTheOthersWork() throws Exception {
        slackApi.start();
        // each call takes a little while, so deliveries are still under way when a replica stops
        slackApi.stubFor(post(urlMatching("/api/.*"))
                .willReturn(aResponse()
                        .withFixedDelay(20)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"{{randomValue length=10 type='NUMERIC'}}"
                                + ".{{randomValue length=6 type='NUMERIC'}}\"}")));
        BotUnderTest first = replica(folder.resolve("a"));
        BotUnderTest second = replica(folder.resolve("b"));

        for (int i = 0; i < EVENTS; i++) {
            BotUnderTest replica = i % 2 == 0 ? first : second;
            HttpResponse<String> ack = http.send(unknownCommand(replica, i), HttpResponse.BodyHandlers.ofString());
            assertThat(ack.statusCode()).as("event %d", i).isEqualTo(200);
            if (i < POSTS) {
                replica.bean(ChatGateway.class)
                        .post(
                                new ChannelRef(Platform.SLACK, "CPOST" + (i % CHANNELS)),
                                OutgoingMessage.text("post-" + i));
            }
        }
        long pending = second.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM slack_outbox WHERE state = 'PENDING'")
                .query(Long.class)
                .single();
        assertThat(pending).as("work left when the first replica stops").isPositive();
        first.stop();

        await().atMost(Duration.ofSeconds(90))
                .until(() -> calls("chat.postEphemeral").size() >= EVENTS
                        && calls("chat.postMessage").size() >= POSTS);
        Thread.sleep(1000);

        Map<String, Long> replies = calls("chat.postEphemeral").stream()
                .map(call -> form(call).getOrDefault("text", "").replaceAll("(?s).*`(cmd\\d+)`.*", "$1"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(replies).as("every event answered").hasSize(EVENTS);
        assertThat(replies.values()).as("and exactly once").containsOnly(1L);

        Map<String, List<Integer>> perChannel = new LinkedHashMap<>();
        for (LoggedRequest call : calls("chat.postMessage")) {
            perChannel
                    .computeIfAbsent(form(call).getOrDefault("channel", ""), channel -> new ArrayList<>())
                    .add(Integer.parseInt(form(call).getOrDefault("text", "").substring("post-".length())));
        }
        assertThat(perChannel).hasSize(CHANNELS);
        perChannel.forEach((channel, posts) -> {
            assertThat(posts)
                    .as(channel + " got each post once, in order")
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(posts).as(channel).hasSize(POSTS / CHANNELS);
        });
    }

    private BotUnderTest replica(Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        BotUnderTest bot = new BotUnderTest(folder)
                .config(SlackTestTeam.CONFIG)
                .variable("SLACK_BOT_TOKEN", "xoxb-replica-token")
                .variable("SLACK_SIGNING_SECRET", SECRET)
                .argument("--socialdesk.slack.api-url=" + slackApi.baseUrl() + "/api/");
        schema.arguments().forEach(bot::argument);
        replicas.add(bot);
        return bot.start();
    }

    private HttpRequest unknownCommand(BotUnderTest replica, int i) {
        String body = "token=x&team_id=T1&channel_id=CCMD" + (i % CHANNELS) + "&user_id="
                + (i % 3 == 0 ? "UBEN" : "UANNA") + "&command=%2Fsd&text=cmd" + i + "&trigger_id=" + i
                + ".trigger&response_url=https%3A%2F%2Fhooks.slack.com%2Fx";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(URI.create("http://localhost:" + replica.port() + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private List<LoggedRequest> calls(String method) {
        return slackApi.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
    }
}
