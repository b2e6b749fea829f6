package io.socialdesk.oncall.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.OncallTestBeans;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * A chain from the config (on watch for 5 minutes, then clara for 10, then the channel, climbed twice): each step
 * waits its own time, and the second climb pages the same people again.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(OncallTestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:oncall-chain;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.oncall.escalation.repeat=1",
            "socialdesk.oncall.escalation.steps[0].page=on-watch",
            "socialdesk.oncall.escalation.steps[0].wait=5m",
            "socialdesk.oncall.escalation.steps[1].page=person:clara",
            "socialdesk.oncall.escalation.steps[1].wait=10m",
            "socialdesk.oncall.escalation.steps[2].page=channel",
        })
class ConfiguredChainModuleTests {

    /** A Tuesday at noon in Berlin. */
    private static final Instant START = Instant.parse("2026-11-24T11:00:00Z");

    @Autowired
    RecordingChatGateway chat;

    @Autowired
    SteppingClock clock;

    @Autowired
    OnWatch onWatch;

    @Autowired
    EscalationRunner ticks;

    @Autowired
    Escalations escalations;

    @Test
    void eachStepWaitsItsOwnTimeAndTheChainIsClimbedAgain(Scenario scenario) {
        clock.set(START);
        String first = onWatch.now(clock.instant()).orElseThrow();
        long alert = 7;
        scenario.publish(spike(alert))
                .andWaitForStateChange(() -> dms(first, alert))
                .andVerify(pages -> assertThat(pages).hasSize(1));

        clock.step(Duration.ofMinutes(4));
        ticks.tick();
        assertThat(dms("clara", alert)).as("the first step waits 5 minutes").isEmpty();
        clock.step(Duration.ofMinutes(2));
        ticks.tick();
        assertThat(dms("clara", alert)).hasSize(1);

        clock.step(Duration.ofMinutes(9));
        ticks.tick();
        assertThat(channelCalls(alert)).as("clara's step waits 10 minutes").isEmpty();
        clock.step(Duration.ofMinutes(2));
        ticks.tick();
        assertThat(channelCalls(alert)).hasSize(1);

        clock.step(Duration.ofMinutes(16));
        ticks.tick();
        assertThat(dms(first, alert))
                .as("the second climb pages the watch again")
                .hasSize(2);
        for (int i = 0; i < 6; i++) {
            clock.step(Duration.ofMinutes(16));
            ticks.tick();
        }
        assertThat(dms("clara", alert)).hasSize(2);
        assertThat(channelCalls(alert))
                .as("two climbs, then the chain is exhausted")
                .hasSize(2);
        assertThat(escalations.stopped(alert)).contains("EXHAUSTED");
    }

    private SpikeDetected spike(long alert) {
        return new SpikeDetected(
                alert,
                "acme",
                "ACME",
                AlertSeverity.CRITICAL,
                clock.instant(),
                new MessageRef(new ChannelRef(Platform.LOCAL, "alerts"), "alert-" + alert),
                "4.7× normal: 412 in der letzten Stunde",
                false);
    }

    private List<String> dms(String person, long alert) {
        return chat.said().stream()
                .filter(said -> said.kind().equals("dm") && said.where().equals(person))
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains("#" + alert + ":"))
                .toList();
    }

    private List<String> channelCalls(long alert) {
        return chat.said().stream()
                .filter(said -> said.kind().equals("thread") && said.where().equals("alert-" + alert))
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains("@channel"))
                .toList();
    }
}
