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
    void signsLikeSlacksDocumentedExample() {
        // https://api.slack.com/authentication/verifying-requests-from-slack, also without ../shared/data
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZ"
                + "RskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        SlackRequestVerifier slacks = new SlackRequestVerifier(
                "8f742231b10e8888abcd99yyyzzz85a5",
                Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));
        String expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

        assertThat(slacks.sign("1531420618", body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(expected);
        assertThat(slacks.verify("1531420618", expected, body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Outcome.VALID);
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
        String oneDigitOff = signature.substring(0, signature.length() - 1) + (signature.endsWith("0") ? "1" : "0");

        assertThat(verifier.verify(timestamp, oneDigitOff, BODY)).isEqualTo(Outcome.BAD_SIGNATURE);
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
