package io.socialdesk.oncall;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.RecordingChatGateway;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the on-call module tests run with: a chat that records what the bot says, and a clock each test sets and
 * steps itself. Imported, not scanned, so no other context picks it up.
 */
public class OncallTestBeans {

    @Bean
    RecordingChatGateway recordingChatGateway() {
        return new RecordingChatGateway();
    }

    @Bean
    @Primary
    SteppingClock steppingClock() {
        // a Tuesday at noon in Berlin, until a test sets its own time
        return new SteppingClock(Instant.parse("2026-11-24T11:00:00Z"));
    }
}
