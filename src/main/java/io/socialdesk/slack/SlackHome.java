package io.socialdesk.slack;

import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import io.socialdesk.chat.Block;
import io.socialdesk.chat.HomeSection;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.chat.UserRef;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;

/** Publishes a person's App Home tab from every module's {@link HomeSection}, through the outbox. */
final class SlackHome {

    private final List<HomeSection> sections;
    private final SlackOutbox outbox;
    private final SlackConnection connection;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final String commandRoot;

    SlackHome(
            List<HomeSection> sections,
            SlackOutbox outbox,
            SlackConnection connection,
            MessageSource messages,
            UserLanguages languages,
            String commandRoot) {
        this.sections = sections;
        this.outbox = outbox;
        this.connection = connection;
        this.messages = messages;
        this.languages = languages;
        this.commandRoot = commandRoot;
    }

    void show(String userId) {
        UserRef user = new UserRef(Platform.SLACK, userId);
        Texts texts = new Texts(messages, languages.localeOf(user));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Section(texts.get("slack.home.title", commandRoot)));
        for (HomeSection section : sections) {
            List<Block> part = section.blocksFor(user, texts);
            if (!part.isEmpty()) {
                blocks.add(new Block.Divider());
                blocks.addAll(part);
            }
        }
        View view =
                View.builder().type("home").blocks(SlackBlocks.render(blocks)).build();
        outbox.enqueue(
                new SlackCall.PublishHome(userId, GsonFactory.createSnakeCase().toJson(view)));
        connection.wakeAfterCommit();
    }
}
