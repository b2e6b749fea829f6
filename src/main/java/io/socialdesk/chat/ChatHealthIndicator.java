package io.socialdesk.chat;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows in {@code /actuator/health} whether the bot is connected to its chat platform. */
@Component("chat")
final class ChatHealthIndicator implements HealthIndicator {

    private final ChatGateway gateway;

    ChatHealthIndicator(ChatGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Health health() {
        ConnectionState state = gateway.connection();
        Health.Builder health = state.isUp() ? Health.up() : Health.down();
        return health.withDetail("platform", state.platform().key())
                .withDetail("state", state.status().name())
                .withDetail("detail", state.detail())
                .withDetail("since", state.since().toString())
                .build();
    }
}
