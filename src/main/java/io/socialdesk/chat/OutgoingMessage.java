package io.socialdesk.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says: a plain-text fallback (used for notifications and by platforms without blocks) and optional
 * layout blocks.
 */
public record OutgoingMessage(String text, List<Block> blocks) {

    public OutgoingMessage {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message needs a plain-text fallback");
        }
        blocks = List.copyOf(blocks);
    }

    /** A message that is just text. */
    public static OutgoingMessage text(String text) {
        return new OutgoingMessage(text, List.of());
    }

    /** This message with {@code block} appended. */
    public OutgoingMessage with(Block block) {
        List<Block> more = new ArrayList<>(blocks);
        more.add(block);
        return new OutgoingMessage(text, more);
    }
}
