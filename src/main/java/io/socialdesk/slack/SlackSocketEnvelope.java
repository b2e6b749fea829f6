package io.socialdesk.slack;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Socket Mode message: its type ({@code events_api}, {@code interactive}, {@code slash_commands}, or the
 * connection's own {@code hello} and {@code disconnect}), the id to acknowledge, and the payload, which is what the
 * HTTP Events API would have posted.
 */
record SlackSocketEnvelope(
        String type,
        @Nullable String envelopeId,
        @Nullable JsonNode payload,
        @Nullable Integer retryAttempt,
        @Nullable String retryReason) {

    /** The envelope in {@code message}, or {@code null} if it is not a JSON object with a type. */
    static @Nullable SlackSocketEnvelope parse(JsonMapper json, String message) {
        JsonNode root;
        try {
            root = json.readTree(message);
        } catch (JacksonException ex) {
            return null;
        }
        if (root == null || !root.isObject() || !root.path("type").isString()) {
            return null;
        }
        JsonNode id = root.get("envelope_id");
        JsonNode attempt = root.get("retry_attempt");
        JsonNode reason = root.get("retry_reason");
        return new SlackSocketEnvelope(
                root.get("type").asString(),
                id != null && id.isString() ? id.asString() : null,
                root.get("payload"),
                attempt != null && attempt.isInt() ? attempt.asInt() : null,
                reason != null && reason.isString() ? reason.asString() : null);
    }

    String payloadText() {
        return payload == null ? "{}" : payload.toString();
    }

    /** Slack's retry information, as the HTTP API carries it in headers. */
    Map<String, List<String>> retryHeaders() {
        if (retryAttempt == null) {
            return Map.of();
        }
        return retryReason == null
                ? Map.of("X-Slack-Retry-Num", List.of(retryAttempt.toString()))
                : Map.of(
                        "X-Slack-Retry-Num",
                        List.of(retryAttempt.toString()),
                        "X-Slack-Retry-Reason",
                        List.of(retryReason));
    }
}
