package io.socialdesk.watch.counting;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.RecordingChatGateway;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** Old buckets become hours and days without losing a mention, and recent ones stay as they are. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(CountRollupTests.TestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:watch-rollup;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.ticks.watch-rollup-cron=-"
        })
class CountRollupTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Duration FIVE = Duration.ofMinutes(5);

    static class TestBeans {

        @Bean
        RecordingChatGateway recordingChatGateway() {
            return new RecordingChatGateway();
        }

        @Bean
        @Primary
        SteppingClock steppingClock() {
            return new SteppingClock(NOW);
        }
    }

    @Autowired
    Mentions mentions;

    @Autowired
    CountRollup rollup;

    @Test
    void oldBucketsBecomeHoursAndDaysAndEveryMentionIsKept() {
        Instant ninetyDaysAgo = NOW.minus(Duration.ofDays(90));
        Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
        for (int i = 0; i < 24; i++) {
            mentions.count("brand", 300, ninetyDaysAgo.plus(FIVE.multipliedBy(i)), 2);
            mentions.count("brand", 300, threeDaysAgo.plus(FIVE.multipliedBy(i)), 1);
            mentions.count("brand", 300, NOW.minus(Duration.ofHours(1)).plus(FIVE.multipliedBy(i % 12)), 1);
        }

        rollup.rollUp();

        assertThat(mentions.counts("brand", FIVE, NOW.minus(Duration.ofDays(100)), NOW))
                .as("only the last two days stay in 5-minute buckets")
                .hasSize(12)
                .allSatisfy(count -> assertThat(count.bucketStart()).isAfter(NOW.minus(Duration.ofHours(2))));
        assertThat(mentions.counts("brand", Duration.ofHours(1), threeDaysAgo, NOW))
                .extracting(Mentions.Count::mentions)
                .containsExactly(12L, 12L);
        assertThat(mentions.counts("brand", Duration.ofDays(1), NOW.minus(Duration.ofDays(100)), NOW))
                .extracting(Mentions.Count::mentions)
                .containsExactly(48L);
    }
}
