package io.socialdesk.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.DatetimePickerElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.URLTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import com.slack.api.util.json.GsonFactory;
import io.socialdesk.chat.Form;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the chat port's forms as Slack modals: one input block per field, whose block and action id are the
 * field's id, so a submission's values come back keyed by field.
 */
final class SlackModals {

    static final int TITLE_LIMIT = 24;

    private SlackModals() {}

    static String renderJson(Form form, String closeLabel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Form.Field field : form.fields()) {
            InputBlock.InputBlockBuilder input = InputBlock.builder()
                    .blockId(field.id())
                    .label(plain(SlackBlocks.cut(field.label(), 2000)))
                    .optional(!field.required())
                    .element(element(field));
            if (field.hint() != null) {
                input.hint(plain(SlackBlocks.cut(field.hint(), 2000)));
            }
            blocks.add(input.build());
        }
        View view = View.builder()
                .type("modal")
                .callbackId(form.id())
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(SlackBlocks.cut(form.title(), TITLE_LIMIT))
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(SlackBlocks.cut(form.submitLabel(), TITLE_LIMIT))
                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(SlackBlocks.cut(closeLabel, TITLE_LIMIT))
                        .build())
                .blocks(blocks)
                .build();
        return GsonFactory.createSnakeCase().toJson(view);
    }

    private static BlockElement element(Form.Field field) {
        return switch (field.kind()) {
            case TEXT -> PlainTextInputElement.builder().actionId(field.id()).build();
            case LONG_TEXT ->
                PlainTextInputElement.builder()
                        .actionId(field.id())
                        .multiline(true)
                        .build();
            case CHOICES ->
                MultiStaticSelectElement.builder()
                        .actionId(field.id())
                        .options(options(field))
                        .build();
            case CHOICE ->
                StaticSelectElement.builder()
                        .actionId(field.id())
                        .options(options(field))
                        .build();
            case DATE_TIME ->
                DatetimePickerElement.builder().actionId(field.id()).build();
            case URL -> URLTextInputElement.builder().actionId(field.id()).build();
        };
    }

    private static List<OptionObject> options(Form.Field field) {
        return field.options().stream()
                .map(option -> OptionObject.builder()
                        .value(option.value())
                        .text(plain(SlackBlocks.cut(option.label(), 75)))
                        .build())
                .toList();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
