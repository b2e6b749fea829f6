package io.socialdesk.approval.publishing;

import io.socialdesk.config.EnvironmentVariables;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/** The publishers' secrets, from environment variables only, never shown. */
@Component
final class PublishingSecrets {

    private final @Nullable String webhookSecret;
    private final @Nullable String mastodonToken;

    PublishingSecrets(ConfigurableEnvironment environment) {
        EnvironmentVariables variables = EnvironmentVariables.of(environment);
        this.webhookSecret = variables.get("SOCIALDESK_WEBHOOK_SECRET");
        this.mastodonToken = variables.get("MASTODON_ACCESS_TOKEN");
    }

    @Nullable
    String webhookSecret() {
        return webhookSecret;
    }

    @Nullable
    String mastodonToken() {
        return mastodonToken;
    }

    @Override
    public String toString() {
        return "PublishingSecrets[webhookSecret=" + (webhookSecret == null ? "unset" : "***") + ", mastodonToken="
                + (mastodonToken == null ? "unset" : "***") + "]";
    }
}
