package io.socialdesk.approval;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/** The publishers' secrets, from environment variables only, never shown. */
@Component
final class PublishingSecrets {

    private final @Nullable String webhookSecret;
    private final @Nullable String mastodonToken;

    PublishingSecrets(ConfigurableEnvironment environment) {
        PropertySource<?> variables =
                environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        this.webhookSecret = variable(variables, "SOCIALDESK_WEBHOOK_SECRET");
        this.mastodonToken = variable(variables, "MASTODON_ACCESS_TOKEN");
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

    private static @Nullable String variable(@Nullable PropertySource<?> variables, String name) {
        Object value = variables == null ? null : variables.getProperty(name);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().trim();
    }
}
