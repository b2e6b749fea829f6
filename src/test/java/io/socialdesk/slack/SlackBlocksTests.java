package io.socialdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.chat.Block;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SlackBlocksTests {

    private static JsonNode json(List<Block> blocks) {
        return JsonMapper.builder().build().readTree(SlackBlocks.renderJson(blocks));
    }

    @Test
    void rendersEveryBlockTypeAsBlockKit() {
        JsonNode blocks = json(List.of(
                new Block.Section("*Entwurf #12* für _LinkedIn_"),
                new Block.Context("Geplant: 1. Dez., 09:00"),
                new Block.Divider(),
                new Block.Image("https://example.com/chart.png", "Erwähnungen"),
                new Block.Actions(List.of(
                        new Block.Button("approve", "Freigeben", "12", Block.Button.Style.PRIMARY),
                        new Block.Button("reject", "Ablehnen", null, Block.Button.Style.DANGER),
                        new Block.Button("hold", "Warten", "12", Block.Button.Style.DEFAULT)))));

        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(0).path("type").asString()).isEqualTo("section");
        assertThat(blocks.get(0).path("text").path("type").asString()).isEqualTo("mrkdwn");
        assertThat(blocks.get(0).path("text").path("text").asString()).isEqualTo("*Entwurf #12* für _LinkedIn_");
        assertThat(blocks.get(1).path("elements").get(0).path("text").asString())
                .isEqualTo("Geplant: 1. Dez., 09:00");
        assertThat(blocks.get(2).path("type").asString()).isEqualTo("divider");
        assertThat(blocks.get(3).path("image_url").asString()).isEqualTo("https://example.com/chart.png");
        assertThat(blocks.get(3).path("alt_text").asString()).isEqualTo("Erwähnungen");
        JsonNode buttons = blocks.get(4).path("elements");
        assertThat(buttons.get(0).path("action_id").asString()).isEqualTo("approve");
        assertThat(buttons.get(0).path("value").asString()).isEqualTo("12");
        assertThat(buttons.get(0).path("style").asString()).isEqualTo("primary");
        assertThat(buttons.get(1).path("style").asString()).isEqualTo("danger");
        assertThat(buttons.get(1).has("value")).isFalse();
        assertThat(buttons.get(2).has("style"))
                .as("default buttons carry no style")
                .isFalse();
    }

    @Test
    void escapesWhatSlackWouldReadAsMarkup() {
        JsonNode section =
                json(List.of(new Block.Section("<!channel> Q&A <b>bold</b>"))).get(0);

        assertThat(section.path("text").path("text").asString())
                .isEqualTo("&lt;!channel&gt; Q&amp;A &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void splitsLongTextIntoSectionsSlackAccepts() {
        String line = "x".repeat(99) + "\n";
        JsonNode blocks = json(List.of(new Block.Section(line.repeat(70))));

        assertThat(blocks.size()).isEqualTo(3);
        for (JsonNode block : blocks) {
            assertThat(block.path("text").path("text").asString().length())
                    .isLessThanOrEqualTo(SlackBlocks.SECTION_LIMIT);
        }
    }

    @Test
    void cutsButtonLabelsToSlacksLimit() {
        JsonNode blocks = json(List.of(
                new Block.Actions(List.of(new Block.Button("a", "L".repeat(200), null, Block.Button.Style.DEFAULT)))));

        assertThat(blocks.get(0)
                        .path("elements")
                        .get(0)
                        .path("text")
                        .path("text")
                        .asString())
                .hasSize(SlackBlocks.BUTTON_LABEL_LIMIT)
                .endsWith("…");
    }
}
