package io.socialdesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code /sd ping}: shows the bot is alive, on which platform (by its name, in the caller's language), and how late
 * the command reached it.
 */
@Component
final class PingCommand implements ChatCommand {

    private final Clock clock;

    PingCommand(Clock clock) {
        this.clock = clock;
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
        Texts texts = request.texts();
        return CommandReply.inChannel(texts.get(
                "command.ping.reply", texts.platformName(request.channel().platform()), delay));
    }
}
