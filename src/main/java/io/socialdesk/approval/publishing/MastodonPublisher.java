package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts a status to {@code approval.publishing.mastodon-instance} with {@code MASTODON_ACCESS_TOKEN}. */
@Component
class MastodonPublisher implements PostPublisher {

    private final HttpPublishing http;
    private final JsonMapper json;
    private final ApprovalProperties properties;
    private final PublishingSecrets secrets;

    MastodonPublisher(HttpPublishing http, JsonMapper json, ApprovalProperties properties, PublishingSecrets secrets) {
        this.http = http;
        this.json = json;
        this.properties = properties;
        this.secrets = secrets;
    }

    @Override
    public ApprovalProperties.Publisher kind() {
        return ApprovalProperties.Publisher.MASTODON;
    }

    @Override
    public Publication publish(Draft draft, Network network) {
        String instance = properties.publishing().mastodonInstance();
        if (instance == null) {
            return Publication.failed("approval.publishing.mastodon-instance is not set");
        }
        if (secrets.mastodonToken() == null) {
            return Publication.failed("MASTODON_ACCESS_TOKEN is not set");
        }
        String base = instance.endsWith("/") ? instance.substring(0, instance.length() - 1) : instance;
        String form =
                "status=" + URLEncoder.encode(draft.textFor(network), StandardCharsets.UTF_8) + "&visibility=public";
        return http.send(
                http.rest()
                        .post()
                        .uri(base + "/api/v1/statuses")
                        .header("Authorization", "Bearer " + secrets.mastodonToken())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .header("Idempotency-Key", HttpPublishing.idempotencyKey(draft, network))
                        .body(form),
                answer -> {
                    JsonNode status = json.readTree(answer.body());
                    return status.path("url").isString()
                            ? status.path("url").asString()
                            : status.path("id").asString();
                });
    }
}
