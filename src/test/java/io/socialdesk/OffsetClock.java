package io.socialdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of a {@link BotProcess}: the real time plus the offset the test last wrote to a file, so a test in
 * another JVM can move the bot's time.
 */
public final class OffsetClock extends Clock {

    static final String FILE_PROPERTY = "socialdesk.test.clock-file";

    private final Path file = Path.of(System.getProperty(FILE_PROPERTY, "clock-offset"));

    /** Makes it the bot's clock. No {@code @Configuration}: it joins only the bots that name it. */
    public static class Source {

        @Bean
        @Primary
        Clock offsetClock() {
            return new OffsetClock();
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    private Duration offset() {
        try {
            return Files.exists(file) ? Duration.parse(Files.readString(file).strip()) : Duration.ZERO;
        } catch (IOException | RuntimeException ex) {
            return Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the bot reads instants and converts them to the team's zone itself");
    }
}
