package io.socialdesk.digest.posting;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.chat.UserRef;
import io.socialdesk.digest.intake.DigestItems;
import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.FeedItemsArrived;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The digest module with its direct dependencies, a recording gateway and a stepping clock: feed items arrive, the
 * same story from three outlets becomes one entry with "3 Quellen", a new word rises against the weeks before, and
 * the schedule posts once per firing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DigestModuleTests.TestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:digest-module;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.feeds.topics[0].id=energie",
            "socialdesk.feeds.topics[0].name=Energie",
            "socialdesk.digest.schedule=0 0 8 * * *"
        })
class DigestModuleTests {

    // 07:30 in Berlin
    private static final Instant START = Instant.parse("2026-03-02T06:30:00Z");

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
    DigestItems items;

    @Autowired
    DigestSchedule schedule;

    private int keys;

    @Test
    void aStoryFromThreeOutletsIsOneEntryAndANewWordRises(Scenario scenario) {
        // the weeks before: everyday news, kept as a first poll (history, still counted by its dates)
        List<FeedItem> history = new java.util.ArrayList<>();
        for (int day = 2; day < 20; day++) {
            history.add(
                    item("dpa.de", "Strompreise bleiben stabil", clock.instant().minus(Duration.ofDays(day))));
            history.add(item(
                    "dpa.de", "Regierung berät über Netzausbau", clock.instant().minus(Duration.ofDays(day))));
        }
        arrive(scenario, history, true);
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        arrive(
                scenario,
                List.of(
                        item("spiegel.de", "Bundesregierung beschließt Heizungsgesetz", hourAgo),
                        item("zeit.de", "Regierung beschließt das Heizungsgesetz", hourAgo),
                        item("faz.net", "Heizungsgesetz: Die Bundesregierung einigt sich", hourAgo),
                        item("dpa.de", "Strompreise bleiben stabil", hourAgo)),
                false);

        scenario.publish(command("digest energie 24h"))
                .andWaitForStateChange(() -> said("Trends: Energie"))
                .andVerify(text -> assertThat(text.orElseThrow())
                        .contains("3 Quellen", "Heizungsgesetz", "Steigende Begriffe", "letzte 24 Stunden")
                        .doesNotContain("Strompreise ×"));
    }

    @Test
    void theSchedulePostsOncePerFiringAndANewTopicHasNothingNew() {
        assertThat(schedule.postIfDue()).as("08:00 has not come yet").isFalse();
        clock.step(Duration.ofMinutes(31));
        assertThat(schedule.postIfDue()).isTrue();
        assertThat(schedule.postIfDue()).as("each firing once").isFalse();
        assertThat(chat.said()).anySatisfy(said -> assertThat(said.text()).contains("Energie"));
    }

    @Test
    void anArticleDeliveredTwiceOrByTwoFeedsIsKeptOnce(Scenario scenario) {
        FeedItem item = item("taz.de", "Netzagentur genehmigt neue Stromtrasse", clock.instant());
        arrive(scenario, List.of(item), false);
        int kept = stored();
        FeedItem again = new FeedItem("other-guid", item.title(), item.link(), "", item.published(), "taz.de", "de");
        FeedItem fresh = item("taz.de", "Windpark vor Rügen geht ans Netz", clock.instant());
        // the fresh item is stored in the same run, so once it is there the repeats have been handled
        scenario.publish(new FeedItemsArrived("other-feed", List.of("energie"), List.of(item, again, fresh), false))
                .andWaitForStateChange(() -> stored() > kept)
                .andVerify(after -> {});

        assertThat(stored()).isEqualTo(kept + 1);
    }

    @Test
    void anUnknownTopicIsAnsweredWithTheKnownOnes(Scenario scenario) {
        scenario.publish(command("digest sport"))
                .andWaitForStateChange(() -> said("gibt es nicht"))
                .andVerify(text -> assertThat(text.orElseThrow()).contains("energie"));
    }

    private void arrive(Scenario scenario, List<FeedItem> arriving, boolean firstPoll) {
        int before = stored();
        scenario.publish(new FeedItemsArrived("news", List.of("energie"), arriving, firstPoll))
                .andWaitForStateChange(() -> stored() >= before + arriving.size())
                .andVerify(after -> {});
    }

    private int stored() {
        return items.between("energie", Instant.EPOCH, clock.instant().plusSeconds(1))
                .size();
    }

    private FeedItem item(String source, String title, Instant published) {
        String key = "item-" + keys++;
        return new FeedItem(key, title, "https://" + source + "/" + key, "", published, source, "de");
    }

    private Optional<String> said(String part) {
        return chat.said().stream()
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains(part))
                .reduce((first, second) -> second);
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
}
