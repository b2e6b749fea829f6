package io.socialdesk;

import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Reading the local chat's messages in tests the way people read them. */
public final class ChatMessages {

    private ChatMessages() {}

    /** Messages by the bot whose text or blocks contain {@code part}. */
    public static Predicate<JsonNode> byBot(String part) {
        return message ->
                "bot".equals(message.path("author").asString()) && text(message).contains(part);
    }

    /** The message's text and the text of every block, one per line. */
    public static String text(JsonNode message) {
        StringBuilder text = new StringBuilder(message.path("text").asString());
        for (JsonNode block : message.path("blocks")) {
            text.append('\n').append(block.path("text").asString());
        }
        return text.toString();
    }

    public static String id(JsonNode message) {
        return message.path("id").asString();
    }
}
