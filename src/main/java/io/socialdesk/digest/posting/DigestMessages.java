package io.socialdesk.digest.posting;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.digest.clustering.StoryCluster;
import io.socialdesk.digest.terms.RisingTerm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a digest through the chat port's blocks; a digest with nothing new is one line. */
final class DigestMessages {

    private DigestMessages() {}

    static OutgoingMessage render(Digest digest, Texts texts) {
        String period = period(digest.period(), texts);
        if (digest.isEmpty()) {
            return OutgoingMessage.text(texts.get("digest.nothing", digest.topicName(), period));
        }
        String title = texts.get("digest.title", digest.topicName(), period);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Section(title));
        if (!digest.stories().isEmpty()) {
            StringBuilder stories = new StringBuilder(texts.get("digest.stories"));
            for (StoryCluster story : digest.stories()) {
                stories.append('\n')
                        .append(
                                story.link() == null
                                        ? texts.get("digest.story", story.title(), story.sourceCount())
                                        : texts.get(
                                                "digest.story.link", story.title(), story.sourceCount(), story.link()));
            }
            blocks.add(new Block.Section(stories.toString()));
        }
        if (!digest.rising().isEmpty()) {
            String terms = digest.rising().stream()
                    .map(term -> texts.get("digest.rising.term", term.display(), roundedFactor(term)))
                    .collect(Collectors.joining(", "));
            blocks.add(new Block.Section(texts.get("digest.rising", terms)));
        }
        blocks.add(new Block.Context(texts.get("digest.footer", digest.items())));
        // the plain-text fallback says it all too: notifications and platforms without blocks show only it
        String text = blocks.stream().map(DigestMessages::text).collect(Collectors.joining("\n"));
        return new OutgoingMessage(text, blocks);
    }

    private static String text(Block block) {
        if (block instanceof Block.Section section) {
            return section.text();
        }
        return block instanceof Block.Context context ? context.text() : "";
    }

    static String period(Duration period, Texts texts) {
        // "24 hours" and "48 hours" as people say them; a week in days
        if (period.toHours() > 48 && period.toHours() % 24 == 0) {
            return texts.get("digest.period.days", period.toDays());
        }
        return texts.get("digest.period.hours", period.toHours());
    }

    /** Factors above ten are shown whole: "×12", not "×12.4". */
    private static double roundedFactor(RisingTerm term) {
        return term.factor() >= 10 ? Math.round(term.factor()) : Math.round(term.factor() * 10) / 10.0;
    }
}
