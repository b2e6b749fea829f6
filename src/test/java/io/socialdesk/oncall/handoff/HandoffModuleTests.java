package io.socialdesk.oncall.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.OncallTestBeans;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The demo rotation hands over on Mondays at 09:00 Berlin time: announced once, in the channel and to both. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(OncallTestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:oncall-handoff;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000"
        })
class HandoffModuleTests {

    /** Monday 30 March 2026, 08:58 in Berlin, the day after clocks went forward. */
    private static final Instant BEFORE = Instant.parse("2026-03-30T06:58:00Z");

    @Autowired
    RecordingChatGateway chat;

    @Autowired
    SteppingClock clock;

    @Autowired
    OnWatch onWatch;

    @Autowired
    HandoffAnnouncer announcer;

    @Test
    void theHandoffAtNineLocalTimeIsAnnouncedOnceToTheChannelAndToBoth() {
        clock.set(BEFORE);
        String leaving = onWatch.now(clock.instant()).orElseThrow();
        assertThat(announcer.check()).as("the first check only records").isFalse();
        clock.step(Duration.ofMinutes(1));
        assertThat(announcer.check()).as("08:59: not yet").isFalse();

        clock.step(Duration.ofMinutes(1));
        assertThat(announcer.check())
                .as("09:00 in Berlin, 07:00 UTC in summer time")
                .isTrue();
        String taking = onWatch.now(clock.instant()).orElseThrow();
        assertThat(taking).isNotEqualTo(leaving);
        assertThat(said("post", "social")).singleElement().satisfies(text -> assertThat(text)
                .contains("Wachwechsel", name(taking), name(leaving)));
        assertThat(said("dm", taking)).singleElement().satisfies(text -> assertThat(text)
                .contains("Du hast jetzt Wache"));
        assertThat(said("dm", leaving)).singleElement().satisfies(text -> assertThat(text)
                .contains("vorbei", name(taking)));

        clock.step(Duration.ofMinutes(1));
        assertThat(announcer.check()).as("announced once").isFalse();
        assertThat(said("post", "social")).hasSize(1);
    }

    private List<String> said(String kind, String where) {
        return chat.said().stream()
                .filter(said -> said.kind().equals(kind) && said.where().equals(where))
                .map(RecordingChatGateway.Said::text)
                .toList();
    }

    private static String name(String id) {
        return id.equals("anna") ? "Anna" : id.equals("ben") ? "Ben" : id;
    }
}
