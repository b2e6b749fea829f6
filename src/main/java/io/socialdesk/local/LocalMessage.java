package io.socialdesk.local;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message as the local chat shows it.
 *
 * @param seq the position in the whole chat, for polling with {@code after}
 * @param author a person id, or {@code bot}
 * @param visibleTo the only person who sees it (ephemeral), or {@code null} for everybody in the channel
 * @param blocks the layout blocks as JSON, for the page to render
 */
record LocalMessage(
        long seq,
        String id,
        String channel,
        @Nullable String threadId,
        String author,
        String text,
        JsonNode blocks,
        @Nullable String visibleTo,
        @Nullable String imageId,
        Instant createdAt,
        @Nullable Instant editedAt,
        List<Reaction> reactions) {

    /** All reactions of one emoji on a message. */
    record Reaction(String emoji, String display, List<String> people) {}

    static final String BOT = "bot";
}
