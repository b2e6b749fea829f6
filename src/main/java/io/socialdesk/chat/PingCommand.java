package io.socialdesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code /sd ping}: shows the bot is alive, on which platform, and how late the command reached it. */
@Component
final class PingCommand implements ChatCommand {

    private final Clock clock;
    private final ChatGateway gateway;

    PingCommand(Clock clock, ChatGateway gateway) {
        this.clock = clock;
        this.gateway = gateway;
    }

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        long delay = Math.max(
                0,
                Duration.between(request.invocation().occurredAt(), Instant.now(clock))
                        .toMillis());
        return CommandReply.inChannel(
                request.texts().get("command.ping.reply", gateway.platform().key(), delay));
    }
}
