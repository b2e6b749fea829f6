package io.socialdesk.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import io.socialdesk.chat.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the chat port's blocks as Slack Block Kit. Our markdown subset is Slack's mrkdwn already; what Slack
 * reads as markup ({@code & < >}) is escaped, and texts are cut to Block Kit's limits so a long draft never makes
 * Slack refuse the whole message.
 */
final class SlackBlocks {

    static final int SECTION_LIMIT = 3000;
    static final int BUTTON_LABEL_LIMIT = 75;
    static final int BUTTON_VALUE_LIMIT = 2000;
    static final int MAX_BLOCKS = 50;

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private SlackBlocks() {}

    static List<LayoutBlock> render(List<Block> blocks) {
        List<LayoutBlock> rendered = new ArrayList<>();
        for (Block block : blocks) {
            rendered.addAll(render(block));
        }
        return rendered.size() > MAX_BLOCKS ? rendered.subList(0, MAX_BLOCKS) : rendered;
    }

    /** The blocks as the JSON {@code chat.postMessage} takes in {@code blocks}. */
    static String renderJson(List<Block> blocks) {
        return GSON.toJson(render(blocks));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<LayoutBlock> render(Block block) {
        // Java 17: an instanceof chain over the sealed block types
        if (block instanceof Block.Section section) {
            List<LayoutBlock> sections = new ArrayList<>();
            for (String part : split(escape(section.text()), SECTION_LIMIT)) {
                sections.add(SectionBlock.builder().text(markdown(part)).build());
            }
            return sections;
        }
        if (block instanceof Block.Context context) {
            return List.of(ContextBlock.builder()
                    .elements(List.of(markdown(cut(escape(context.text()), SECTION_LIMIT))))
                    .build());
        }
        if (block instanceof Block.Divider) {
            return List.of(DividerBlock.builder().build());
        }
        if (block instanceof Block.Image image) {
            return List.of(ImageBlock.builder()
                    .imageUrl(image.url())
                    .altText(cut(image.altText().isBlank() ? "image" : image.altText(), 2000))
                    .build());
        }
        if (block instanceof Block.Actions actions) {
            List<BlockElement> buttons = new ArrayList<>();
            for (Block.Button button : actions.buttons()) {
                ButtonElement.ButtonElementBuilder element = ButtonElement.builder()
                        .actionId(button.actionId())
                        .text(PlainTextObject.builder()
                                .text(cut(button.label(), BUTTON_LABEL_LIMIT))
                                .emoji(true)
                                .build());
                if (button.value() != null) {
                    element.value(cut(button.value(), BUTTON_VALUE_LIMIT));
                }
                if (button.style() != Block.Button.Style.DEFAULT) {
                    element.style(button.style().name().toLowerCase(Locale.ROOT));
                }
                buttons.add(element.build());
            }
            return List.of(ActionsBlock.builder().elements(buttons).build());
        }
        throw new IllegalArgumentException("no Slack rendering for " + block);
    }

    private static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    /** Splits at line breaks where possible, so a long text stays readable across sections. */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = limit;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest.isEmpty() ? " " : rest);
        }
        return parts;
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
