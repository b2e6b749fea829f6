package io.socialdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.socialdesk.slack.SlackRequestVerifier.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SlackRequestVerifierTests {

    private static final Path TEST_VECTOR = Path.of("../shared/data/slack/signing/slack_signature_test_vector.json");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final byte[] BODY = "{\"type\":\"event_callback\"}".getBytes(StandardCharsets.UTF_8);

    private final SlackRequestVerifier verifier =
            new SlackRequestVerifier("s3cret", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    private String timestamp(Duration offset) {
        return String.valueOf(NOW.plus(offset).getEpochSecond());
    }

    @Test
    void acceptsSlacksOwnTestVector() throws IOException {
        assumeTrue(Files.exists(TEST_VECTOR), "../shared/data/slack is absent; skipping Slack's signing test vector");
        JsonNode vector = JsonMapper.builder().build().readTree(Files.readString(TEST_VECTOR));
        String timestamp = vector.path("x_slack_request_timestamp").asString();
        byte[] body = vector.path("body").asString().getBytes(StandardCharsets.UTF_8);
        String expected = vector.path("expected_x_slack_signature").asString();
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));

        SlackRequestVerifier slacks = new SlackRequestVerifier(
                vector.path("signing_secret").asString(),
                Duration.ofMinutes(5),
                Clock.fixed(signedAt.plusSeconds(30), ZoneOffset.UTC));
        SlackRequestVerifier today = new SlackRequestVerifier(
                vector.path("signing_secret").asString(), Duration.ofMinutes(5), Clock.systemUTC());

        assertThat(slacks.sign(timestamp, body)).isEqualTo(expected);
        assertThat(slacks.verify(timestamp, expected, body)).isEqualTo(Outcome.VALID);
        assertThat(today.verify(timestamp, expected, body))
                .as("a 2018 request today is a replay")
                .isEqualTo(Outcome.STALE);
    }

    @Test
    void acceptsASignedRequestWithinFiveMinutesEitherWay() {
        for (Duration offset : new Duration[] {Duration.ZERO, Duration.ofSeconds(-299), Duration.ofSeconds(299)}) {
            String timestamp = timestamp(offset);
            assertThat(verifier.verify(timestamp, verifier.sign(timestamp, BODY), BODY))
                    .isEqualTo(Outcome.VALID);
        }
    }

    @Test
    void refusesOldAndFutureTimestamps() {
        for (Duration offset :
                new Duration[] {Duration.ofSeconds(-301), Duration.ofSeconds(301), Duration.ofDays(-1)}) {
            String timestamp = timestamp(offset);
            assertThat(verifier.verify(timestamp, verifier.sign(timestamp, BODY), BODY))
                    .as("offset %s", offset)
                    .isEqualTo(Outcome.STALE);
        }
    }

    @Test
    void refusesAWrongSignatureAnAlteredBodyAndAnotherSecret() {
        String timestamp = timestamp(Duration.ZERO);
        String signature = verifier.sign(timestamp, BODY);
        SlackRequestVerifier other =
                new SlackRequestVerifier("other", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(verifier.verify(timestamp, signature.replace('a', 'b').replace('1', '2'), BODY))
                .isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(verifier.verify(timestamp, signature, "{\"type\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(other.verify(timestamp, signature, BODY)).isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(verifier.verify(timestamp, "v0=", BODY)).isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void refusesMissingOrMalformedHeaders() {
        String timestamp = timestamp(Duration.ZERO);
        String signature = verifier.sign(timestamp, BODY);

        assertThat(verifier.verify(null, signature, BODY)).isEqualTo(Outcome.MISSING_HEADERS);
        assertThat(verifier.verify(timestamp, null, BODY)).isEqualTo(Outcome.MISSING_HEADERS);
        assertThat(verifier.verify("yesterday", signature, BODY)).isEqualTo(Outcome.MISSING_HEADERS);
        assertThat(verifier.verify("99999999999999999999", signature, BODY)).isEqualTo(Outcome.MISSING_HEADERS);
    }
}
