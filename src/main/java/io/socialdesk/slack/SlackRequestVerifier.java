package io.socialdesk.slack;

import io.socialdesk.http.HmacSha256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a request really comes from Slack: {@code v0=} HMAC-SHA256 of {@code v0:timestamp:body} with the
 * signing secret, compared in constant time, and a timestamp within the tolerance either way, so an old request
 * cannot be replayed and a forged future one cannot be stored up.
 */
final class SlackRequestVerifier {

    /** What the check found. */
    enum Outcome {
        VALID,
        MISSING_HEADERS,
        STALE,
        BAD_SIGNATURE
    }

    private final HmacSha256 hmac;
    private final Duration tolerance;
    private final Clock clock;

    SlackRequestVerifier(String signingSecret, Duration tolerance, Clock clock) {
        this.hmac = new HmacSha256(signingSecret);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    Outcome verify(@Nullable String timestamp, @Nullable String signature, byte[] body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return Outcome.MISSING_HEADERS;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), Instant.now(clock))
                .abs();
        if (skew.compareTo(tolerance) > 0) {
            return Outcome.STALE;
        }
        return HmacSha256.same(sign(timestamp, body), signature.trim()) ? Outcome.VALID : Outcome.BAD_SIGNATURE;
    }

    /** The signature Slack would send for this timestamp and body. */
    String sign(String timestamp, byte[] body) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(body.length + 32);
        signed.writeBytes(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        return "v0=" + hmac.sign(signed.toByteArray());
    }
}
