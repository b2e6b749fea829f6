package io.socialdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.Form;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class LocalBlocksTests {

    private final LocalBlocks blocks = new LocalBlocks(JsonMapper.builder().build());

    @Test
    void storedButtonsCarryTheMarkerTheDatabaseFiltersOn() {
        String stored = blocks.write(List.of(
                new Block.Section("*Entwurf #1*"),
                new Block.Actions(List.of(new Block.Button("approve", "Freigeben", "1", Block.Button.Style.PRIMARY)))));

        assertThat(stored).contains(LocalBlocks.BUTTONS_MARKER);
    }

    @Test
    void evenAnIndentingMapperStoresTheMarkerCompactly() {
        LocalBlocks indenting = new LocalBlocks(
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());

        assertThat(indenting.write(List.of(new Block.Actions(
                        List.of(new Block.Button("approve", "Freigeben", null, Block.Button.Style.DEFAULT))))))
                .contains(LocalBlocks.BUTTONS_MARKER);
    }

    @Test
    void blocksWithoutButtonsDoNotCarryIt() {
        assertThat(blocks.write(List.of(
                        new Block.Section("\"buttons\":[{\"actionId\":\"x\"}]"),
                        new Block.Context("buttons"),
                        new Block.Actions(List.of()))))
                .doesNotContain(LocalBlocks.BUTTONS_MARKER);
        assertThat(blocks.writeForm(new Form(
                        "draft",
                        "Neuer Entwurf",
                        "Einreichen",
                        List.of(new Form.Field("text", "Text", Form.Field.Kind.LONG_TEXT, true, List.of(), null)))))
                .doesNotContain(LocalBlocks.BUTTONS_MARKER);
    }
}
