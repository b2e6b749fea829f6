package io.socialdesk.watch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.chat.UserRef;
import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.FeedItemsArrived;
import io.socialdesk.watch.AlertAcknowledged;
import io.socialdesk.watch.AlertResolved;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import io.socialdesk.watch.counting.Mentions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The watch module with its direct dependencies, a recording gateway and a stepping clock: feed items arrive hour
 * by hour, then a burst; the alert is posted with its chart, taken on with 👀 and resolved with ✅.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(WatchModuleTests.TestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:watch-module;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.watch.watchlists[0].id=acme",
            "socialdesk.watch.watchlists[0].name=ACME",
            "socialdesk.watch.watchlists[0].terms[0]=ACME",
            "socialdesk.watch.watchlists[0].exclude[0]=ACME Arena",
            "socialdesk.watch.watchlists[0].preset=sensitive",
            "socialdesk.watch.watchlists[1].id=beta",
            "socialdesk.watch.watchlists[1].terms[0]=Betamax",
            "socialdesk.watch.watchlists[1].preset=sensitive"
        })
class WatchModuleTests {

    private static final Instant START = Instant.parse("2026-11-23T06:00:00Z");

    static class TestBeans {

        @Bean
        RecordingChatGateway recordingChatGateway() {
            return new RecordingChatGateway();
        }

        @Bean
        @Primary
        SteppingClock steppingClock() {
            return new SteppingClock(START);
        }
    }

    @Autowired
    RecordingChatGateway chat;

    @Autowired
    SteppingClock clock;

    @Autowired
    BucketWatch buckets;

    @Autowired
    Mentions mentions;

    @Autowired
    Alerts alerts;

    private int items;

    @Test
    void aBurstOfMentionsRaisesOneAlertWithAChartThatIsTakenOnAndResolved(
            Scenario scenario, AssertablePublishedEvents events) {
        buckets.tick();
        for (int hour = 0; hour < 14; hour++) {
            arrive(scenario, 1, "ACME eröffnet Filiale");
            arrive(scenario, 1, "Konzert in der ACME Arena");
            clock.step(Duration.ofHours(1));
            buckets.tick();
        }
        assertThat(alerts.unresolved()).as("a mention an hour is normal").isEmpty();

        arrive(scenario, 30, "Shitstorm: ACME ruft Bremsen zurück");
        clock.step(Duration.ofMinutes(5));
        buckets.tick();

        Alert alert = alerts.unresolved().stream().findFirst().orElseThrow();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.peakMentions()).isEqualTo(30);
        assertThat(chat.said())
                .anySatisfy(said -> assertThat(said.text()).contains("ACME", "× normal", "in der letzten Stunde"))
                .anySatisfy(said -> assertThat(said.kind()).isEqualTo("image"));
        assertThat(chat.latestText(alert.message())).contains("Shitstorm: ACME ruft Bremsen zurück", "noch niemand");

        clock.step(Duration.ofMinutes(5));
        buckets.tick();
        assertThat(alerts.unresolved()).as("one alert per episode").hasSize(1);
        assertThat(events.ofType(SpikeDetected.class)).singleElement().satisfies(spike -> assertThat(spike.alertId())
                .isEqualTo(alert.id()));

        MessageRef message = alert.message();
        scenario.publish(reaction(message, "ben", "👀"))
                .andWaitForEventOfType(AlertAcknowledged.class)
                .toArriveAndVerify(acknowledged -> {
                    assertThat(acknowledged.personId()).isEqualTo("ben");
                    assertThat(chat.latestText(message)).contains("Ben Wagner kümmert sich");
                });

        scenario.publish(reaction(message, "clara", "✅"))
                .andWaitForEventOfType(AlertResolved.class)
                .toArriveAndVerify(resolved -> {
                    assertThat(resolved.personId()).isEqualTo("clara");
                    assertThat(alerts.find(alert.id()).orElseThrow().status()).isEqualTo(Alert.Status.RESOLVED);
                    assertThat(chat.latestText(message)).contains("erledigt von Clara Becker");
                });
    }

    @Test
    void aMutedWatchlistIsCountedWithoutAlertsUntilItsMuteRunsOut(Scenario scenario, AssertablePublishedEvents events) {
        buckets.tick();
        for (int hour = 0; hour < 13; hour++) {
            arrive(scenario, "beta", 1, "Betamax kommt zurück");
            clock.step(Duration.ofHours(1));
            buckets.tick();
        }
        scenario.publish(command("watch mute beta 2h \"Kampagne läuft\""))
                .andWaitForStateChange(() -> said("ist stumm bis"))
                .andVerify(told -> assertThat(told.orElseThrow()).contains("beta", "Anna Schmidt", "Kampagne läuft"));

        arrive(scenario, "beta", 40, "Betamax überall");
        clock.step(Duration.ofMinutes(5));
        buckets.tick();

        assertThat(alerts.unresolved()).noneMatch(alert -> alert.watchlistId().equals("beta"));
        assertThat(events.ofType(SpikeDetected.class))
                .noneMatch(spike -> spike.watchlistId().equals("beta"));
        assertThat(stored("beta")).as("still counted").isGreaterThanOrEqualTo(53);

        clock.step(Duration.ofHours(2));
        buckets.tick();
        assertThat(said("nicht mehr stumm")).isPresent();
    }

    @Test
    void aMuteNeedsAReasonAndASensibleDuration(Scenario scenario) {
        scenario.publish(command("watch mute beta forever \"Grund\""))
                .andWaitForStateChange(() -> said("keine Dauer"))
                .andVerify(told -> assertThat(told.orElseThrow()).contains("forever"));
        scenario.publish(command("watch mute beta 2h"))
                .andWaitForStateChange(() -> said("watch mute NAME 2h"))
                .andVerify(told -> assertThat(told.orElseThrow()).startsWith("So geht es"));
        scenario.publish(command("watch mute gamma 2h \"Grund\""))
                .andWaitForStateChange(() -> said("gibt es nicht"))
                .andVerify(told -> assertThat(told.orElseThrow()).contains("acme, beta"));
    }

    @Test
    void aTestAlertRunsTheRealChainMarkedAsATestAndEndsLikeAnyAlert(
            Scenario scenario, AssertablePublishedEvents events) {
        scenario.publish(command("alert test critical"))
                .andWaitForEventOfType(SpikeDetected.class)
                .toArriveAndVerify(spike -> {
                    assertThat(spike.test()).isTrue();
                    assertThat(spike.severity()).isEqualTo(AlertSeverity.CRITICAL);
                    assertThat(spike.summary()).contains("Test", "Anna Schmidt");
                    assertThat(chat.latestText(spike.alertMessage())).contains("TEST", "Kritisch");
                });
        Alert alert = alerts.unresolved().stream()
                .filter(TestAlerts::isTest)
                .findFirst()
                .orElseThrow();
        assertThat(chat.said()).as("no chart for a test").noneSatisfy(said -> assertThat(said.text())
                .contains("(Alarm #" + alert.id() + ")"));

        scenario.publish(reaction(alert.message(), "anna", "✅"))
                .andWaitForEventOfType(AlertResolved.class)
                .toArriveAndVerify(resolved ->
                        assertThat(chat.latestText(alert.message())).contains("TEST", "erledigt von Anna Schmidt"));
        scenario.publish(command("alert fire"))
                .andWaitForStateChange(() -> said("alert test critical"))
                .andVerify(told -> assertThat(told.orElseThrow()).contains("So geht es"));
    }

    private java.util.Optional<String> said(String part) {
        return chat.said().stream()
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains(part))
                .findFirst();
    }

    private CommandInvoked command(String text) {
        return new CommandInvoked(
                UUID.randomUUID().toString(),
                new ChannelRef(Platform.LOCAL, "social"),
                new UserRef(Platform.LOCAL, "anna"),
                text,
                null,
                clock.instant());
    }

    private void arrive(Scenario scenario, int count, String title) {
        arrive(scenario, "acme", count, title);
    }

    private void arrive(Scenario scenario, String watchlist, int count, String title) {
        long before = stored(watchlist);
        List<FeedItem> arriving = IntStream.range(0, count)
                .mapToObj(i -> {
                    String id = "item-" + items++;
                    return new FeedItem(
                            id, title, "https://news.example/" + id, "", clock.instant(), "news.example", "de");
                })
                .toList();
        boolean counts = !title.contains("Arena");
        scenario.publish(new FeedItemsArrived("news", List.of("news"), arriving, false))
                .andWaitForStateChange(() -> counts ? stored(watchlist) >= before + count : stored(watchlist) >= before)
                .andVerify(after -> {});
    }

    private long stored(String watchlist) {
        return mentions
                .counts(
                        watchlist,
                        Duration.ofMinutes(5),
                        START.minus(Duration.ofDays(1)),
                        clock.instant().plus(Duration.ofDays(1)))
                .stream()
                .mapToLong(Mentions.Count::mentions)
                .sum();
    }

    private ReactionAdded reaction(MessageRef message, String person, String emoji) {
        return new ReactionAdded(
                UUID.randomUUID().toString(),
                message,
                new UserRef(Platform.LOCAL, person),
                Emoji.of(emoji),
                clock.instant());
    }
}
