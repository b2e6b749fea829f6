package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.http.HmacSha256;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the post as JSON to {@code approval.publishing.webhook-url} for automation tools, signed with HMAC-SHA256
 * over {@code timestamp.body} ({@code X-SocialDesk-Signature: sha256=…}, {@code X-SocialDesk-Timestamp}).
 */
@Component
class WebhookPublisher implements PostPublisher {

    private final HttpPublishing http;
    private final JsonMapper json;
    private final ApprovalProperties properties;
    private final PublishingSecrets secrets;
    private final Clock clock;

    WebhookPublisher(
            HttpPublishing http,
            JsonMapper json,
            ApprovalProperties properties,
            PublishingSecrets secrets,
            Clock clock) {
        this.http = http;
        this.json = json;
        this.properties = properties;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public ApprovalProperties.Publisher kind() {
        return ApprovalProperties.Publisher.WEBHOOK;
    }

    @Override
    public Publication publish(Draft draft, Network network) {
        String url = properties.publishing().webhookUrl();
        if (url == null) {
            return Publication.failed("approval.publishing.webhook-url is not set");
        }
        if (secrets.webhookSecret() == null) {
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
        return http.send(
                http.rest()
                        .post()
                        .uri(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", HttpPublishing.idempotencyKey(draft, network))
                        .header("X-SocialDesk-Timestamp", timestamp)
                        .header(
                                "X-SocialDesk-Signature",
                                "sha256=" + new HmacSha256(secrets.webhookSecret()).sign(timestamp + "." + payload))
                        .body(payload),
                answer -> answer.headers().getFirst(HttpHeaders.LOCATION));
    }
}
