package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.MigratedDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundEventsTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final MigratedDatabase database = new MigratedDatabase();
    private final List<Object> published = new ArrayList<>();

    private InboundEvents events(Instant now) {
        return new InboundEvents(
                database.jdbc(),
                published::add,
                database.transactions(),
                Clock.fixed(now, ZoneOffset.UTC),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    private static ReactionAdded reaction(String eventId, Platform platform) {
        return new ReactionAdded(
                eventId,
                new MessageRef(new ChannelRef(platform, "C1"), "m1"),
                new UserRef(platform, "U1"),
                Emoji.of("✅"),
                NOW);
    }

    @Test
    void publishesAnEventOnceHoweverOftenThePlatformSendsIt() {
        InboundEvents events = events(NOW);

        assertThat(events.publish(reaction("Ev1", Platform.SLACK))).isTrue();
        assertThat(events.publish(reaction("Ev1", Platform.SLACK))).isFalse();
        assertThat(events.publish(reaction("Ev2", Platform.SLACK))).isTrue();

        assertThat(published).containsExactly(reaction("Ev1", Platform.SLACK), reaction("Ev2", Platform.SLACK));
    }

    @Test
    void theSameIdOnAnotherPlatformIsAnotherEvent() {
        InboundEvents events = events(NOW);

        events.publish(reaction("42", Platform.SLACK));

        assertThat(events.publish(reaction("42", Platform.DISCORD))).isTrue();
    }

    @Test
    void forgetsEventIdsAfterAWeekButNotBefore() {
        events(NOW.minus(Duration.ofDays(8))).publish(reaction("old", Platform.SLACK));
        events(NOW.minus(Duration.ofDays(6))).publish(reaction("recent", Platform.SLACK));

        int forgotten = new InboundEventRetention(database.jdbc(), Clock.fixed(NOW, ZoneOffset.UTC)).forgetOldEvents();

        assertThat(forgotten).isEqualTo(1);
        assertThat(events(NOW).publish(reaction("recent", Platform.SLACK))).isFalse();
        assertThat(events(NOW).publish(reaction("old", Platform.SLACK))).isTrue();
    }
}
