package io.socialdesk.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person ran the bot's command, e.g. {@code /sd help}.
 *
 * @param text everything after the command root, e.g. {@code help} or {@code draft history 12}
 * @param thread the thread the command was typed in, if any; replies go there
 */
public record CommandInvoked(
        String eventId, ChannelRef channel, UserRef user, String text, @Nullable MessageRef thread, Instant occurredAt)
        implements ChatEvent {}
