package io.socialdesk.local;

import io.socialdesk.chat.Block;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the chat port's blocks as the JSON the local page renders, and finds buttons in it. */
final class LocalBlocks {

    /**
     * What the stored JSON of a message with at least one button contains, and no other: only an actions block
     * has a {@code buttons} key, and inside a text a quote is always escaped. The database filters on it.
     */
    static final String BUTTONS_MARKER = "\"buttons\":[{";

    private final JsonMapper json;
    // compact whatever the application's mapper is told, so that BUTTONS_MARKER holds
    private final ObjectWriter writer;

    LocalBlocks(JsonMapper json) {
        this.json = json;
        this.writer = json.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    String write(List<Block> blocks) {
        ArrayNode array = json.createArrayNode();
        for (Block block : blocks) {
            array.add(node(block));
        }
        return writer.writeValueAsString(array);
    }

    /** A form as a single block the page renders with inputs. */
    String writeForm(io.socialdesk.chat.Form form) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "form")
                .put("formId", form.id())
                .put("title", form.title())
                .put("submitLabel", form.submitLabel());
        ArrayNode fields = node.putArray("fields");
        for (io.socialdesk.chat.Form.Field field : form.fields()) {
            ObjectNode entry = fields.addObject()
                    .put("id", field.id())
                    .put("label", field.label())
                    .put("kind", field.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("required", field.required())
                    .put("hint", field.hint());
            ArrayNode options = entry.putArray("options");
            field.options()
                    .forEach(option ->
                            options.addObject().put("value", option.value()).put("label", option.label()));
        }
        ArrayNode blocks = json.createArrayNode();
        blocks.add(node);
        return writer.writeValueAsString(blocks);
    }

    /** The form a message carries: its id and its fields' ids with whether each is required. */
    java.util.Optional<FormShape> form(JsonNode blocks) {
        for (JsonNode block : blocks) {
            if ("form".equals(block.path("type").asString())) {
                java.util.Map<String, Boolean> fields = new java.util.LinkedHashMap<>();
                block.path("fields")
                        .forEach(field -> fields.put(
                                field.path("id").asString(),
                                field.path("required").asBoolean()));
                return java.util.Optional.of(new FormShape(block.path("formId").asString(), fields));
            }
        }
        return java.util.Optional.empty();
    }

    record FormShape(String formId, java.util.Map<String, Boolean> requiredByField) {}

    JsonNode read(String stored) {
        return json.readTree(stored);
    }

    /**
     * The stored button {@code actionId} on a message: present with its value (which may be {@code null}) or
     * absent. The value always comes from what the bot posted, never from the click.
     */
    java.util.Optional<java.util.Optional<String>> button(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode button : block.path("buttons")) {
                if (actionId.equals(button.path("actionId").asString())) {
                    JsonNode value = button.path("value");
                    return java.util.Optional.of(
                            value.isString() ? java.util.Optional.of(value.asString()) : java.util.Optional.empty());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private ObjectNode node(Block block) {
        ObjectNode node = json.createObjectNode();
        // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed block types
        if (block instanceof Block.Section section) {
            node.put("type", "section").put("text", section.text());
        } else if (block instanceof Block.Context context) {
            node.put("type", "context").put("text", context.text());
        } else if (block instanceof Block.Divider) {
            node.put("type", "divider");
        } else if (block instanceof Block.Image image) {
            node.put("type", "image").put("url", image.url()).put("alt", image.altText());
        } else if (block instanceof Block.Actions actions) {
            node.put("type", "actions");
            ArrayNode buttons = node.putArray("buttons");
            for (Block.Button button : actions.buttons()) {
                buttons.addObject()
                        .put("actionId", button.actionId())
                        .put("label", button.label())
                        .put("value", button.value())
                        .put("style", button.style().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return node;
    }
}
