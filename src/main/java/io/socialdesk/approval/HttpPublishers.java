package io.socialdesk.approval;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publishers that leave the chat: a signed webhook for automation tools, and Mastodon's status API. Both send
 * an {@code Idempotency-Key} made of draft, network and content, so a retry after a crash does not post twice on
 * receivers that honour it (Mastodon does).
 */
final class HttpPublishers {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private HttpPublishers() {}

    static String idempotencyKey(Draft draft, Network network) {
        return "socialdesk-" + draft.id() + "-" + network.key() + "-"
                + draft.contentHash().substring(0, 16);
    }

    /** A temporary failure is retried; a refusal that cannot change (bad request, no permission) is not. */
    static PostPublisher.Publication outcomeOf(HttpResponse<String> response, @Nullable String externalId) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return PostPublisher.Publication.done(externalId);
        }
        String detail = "HTTP " + status;
        if (status == 429 || status >= 500 || status == 408) {
            Duration wait = response.headers()
                    .firstValue("Retry-After")
                    .filter(value -> value.matches("\\d{1,6}"))
                    .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                    .orElse(null);
            return PostPublisher.Publication.retry(detail, wait);
        }
        return PostPublisher.Publication.failed(detail);
    }

    /** POSTs the post as JSON, signed with HMAC-SHA256 over {@code timestamp.body}. */
    static final class Webhook implements PostPublisher {

        private final HttpClient http;
        private final JsonMapper json;
        private final String url;
        private final @Nullable String secret;
        private final Clock clock;

        Webhook(HttpClient http, JsonMapper json, String url, @Nullable String secret, Clock clock) {
            this.http = http;
            this.json = json;
            this.url = url;
            this.secret = secret;
            this.clock = clock;
        }

        @Override
        public ApprovalProperties.Publisher kind() {
            return ApprovalProperties.Publisher.WEBHOOK;
        }

        @Override
        public Publication publish(Draft draft, Network network) {
            if (secret == null) {
                return Publication.failed("SOCIALDESK_WEBHOOK_SECRET is not set");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("draftId", draft.id());
            body.put("network", network.key());
            body.put("text", draft.textFor(network));
            body.put("imageUrl", draft.imageUrl());
            body.put("campaign", draft.campaign());
            body.put(
                    "plannedAt",
                    draft.plannedAt() == null ? null : draft.plannedAt().toString());
            body.put("author", draft.authorId());
            String payload = json.writeValueAsString(body);
            String timestamp = String.valueOf(Instant.now(clock).getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey(draft, network))
                    .header("X-SocialDesk-Timestamp", timestamp)
                    .header("X-SocialDesk-Signature", "sha256=" + sign(secret, timestamp + "." + payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
            return send(http, request, response -> response.headers()
                    .firstValue("Location")
                    .orElse(null));
        }

        static String sign(String secret, String message) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
            }
        }
    }

    /** Posts a status to the configured Mastodon server. */
    static final class Mastodon implements PostPublisher {

        private final HttpClient http;
        private final JsonMapper json;
        private final String instance;
        private final @Nullable String token;

        Mastodon(HttpClient http, JsonMapper json, String instance, @Nullable String token) {
            this.http = http;
            this.json = json;
            this.instance = instance.endsWith("/") ? instance.substring(0, instance.length() - 1) : instance;
            this.token = token;
        }

        @Override
        public ApprovalProperties.Publisher kind() {
            return ApprovalProperties.Publisher.MASTODON;
        }

        @Override
        public Publication publish(Draft draft, Network network) {
            if (token == null) {
                return Publication.failed("MASTODON_ACCESS_TOKEN is not set");
            }
            String form = "status=" + URLEncoder.encode(draft.textFor(network), StandardCharsets.UTF_8)
                    + "&visibility=public";
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance + "/api/v1/statuses"))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Idempotency-Key", idempotencyKey(draft, network))
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            return send(http, request, response -> {
                JsonNode status = json.readTree(response.body());
                return status.path("url").isString()
                        ? status.path("url").asString()
                        : status.path("id").asString();
            });
        }
    }

    private static PostPublisher.Publication send(
            HttpClient http,
            HttpRequest request,
            java.util.function.Function<HttpResponse<String>, @Nullable String> externalId) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | RuntimeException ex) {
            return PostPublisher.Publication.retry(ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return PostPublisher.Publication.retry("interrupted", null);
        }
        PostPublisher.Publication outcome = outcomeOf(response, null);
        if (outcome.result() != PostPublisher.Publication.Result.DONE) {
            return outcome;
        }
        // it went out: an answer we cannot read must not make us post it again
        try {
            return PostPublisher.Publication.done(externalId.apply(response));
        } catch (RuntimeException unreadable) {
            return PostPublisher.Publication.done(null);
        }
    }
}
