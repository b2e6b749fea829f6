package io.socialdesk.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    private final SecretKeySpec key;
    private final Duration tolerance;
    private final Clock clock;

    SlackRequestVerifier(String signingSecret, Duration tolerance, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Outcome.VALID : Outcome.BAD_SIGNATURE;
    }

    /** The signature Slack would send for this timestamp and body. */
    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }
}
