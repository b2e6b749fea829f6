package io.socialdesk.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A simple layout block of an {@link OutgoingMessage}: the common ground of Slack Block Kit, Discord embeds and
 * components, and the local chat. Text uses a small markdown subset: {@code *bold*}, {@code _italic_},
 * {@code `code`} and bare links.
 */
public sealed interface Block {

    /** A paragraph of text. */
    record Section(String text) implements Block {}

    /** Small, muted text such as a footer or a timestamp. */
    record Context(String text) implements Block {}

    /** A horizontal rule. */
    record Divider() implements Block {}

    /** An image shown inline, by public URL. */
    record Image(String url, String altText) implements Block {}

    /** A row of buttons. */
    record Actions(List<Button> buttons) implements Block {

        public Actions {
            buttons = List.copyOf(buttons);
        }
    }

    /** A button; a click arrives as {@link ButtonClicked} with this action id and value. */
    record Button(String actionId, String label, @Nullable String value, Style style) {

        public enum Style {
            DEFAULT,
            PRIMARY,
            DANGER
        }
    }
}
