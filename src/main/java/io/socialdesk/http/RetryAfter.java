package io.socialdesk.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Retry-After} header (RFC 9110 §10.2.3): seconds, or an HTTP date. Unreadable, negative or past values
 * are no answer; a wait beyond {@code longest} is cut to it, so one odd header cannot stall a queue for days.
 */
public final class RetryAfter {

    private RetryAfter() {}

    public static Optional<Duration> parse(@Nullable String header, Instant now, Duration longest) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        Duration wait;
        if (value.matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(
                        now,
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
            } catch (DateTimeParseException ex) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
