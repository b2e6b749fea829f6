package io.socialdesk.digest.posting;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code /sd digest [topic] [24h|7d]}: the digest now, answered in the channel where it was asked; without a topic,
 * one digest per topic; without a period, the configured {@code digest.window}.
 */
@Component
class DigestCommand implements ChatCommand {

    private final DigestService digests;
    private final Clock clock;

    DigestCommand(DigestService digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        Duration period = digests.window();
        List<DigestService.Topic> topics = digests.topics(texts);
        List<String> words = request.arguments().positional();
        if (words.size() > 2) {
            return usage(request);
        }
        for (String word : words) {
            Optional<Duration> asked = period(word);
            if (asked.isPresent()) {
                period = asked.get();
                continue;
            }
            Optional<DigestService.Topic> topic = digests.topic(word, texts);
            if (topic.isEmpty()) {
                String known = digests.topics(texts).stream()
                        .map(t -> t.id() == null ? t.name() : t.id())
                        .collect(Collectors.joining(", "));
                return CommandReply.privately(texts.get("digest.error.topic", word, known, request.root()));
            }
            topics = List.of(topic.get());
        }
        Instant now = Instant.now(clock);
        if (topics.size() == 1) {
            return CommandReply.inChannel(digests.render(topics.get(0), period, now, texts));
        }
        // several topics: one message with each topic's digest after the other
        OutgoingMessage message = digests.render(topics.get(0), period, now, texts);
        for (DigestService.Topic topic : topics.subList(1, topics.size())) {
            OutgoingMessage next = digests.render(topic, period, now, texts);
            message = new OutgoingMessage(message.text() + "\n" + next.text(), concat(message, next));
        }
        return CommandReply.inChannel(message);
    }

    private static List<Block> concat(OutgoingMessage first, OutgoingMessage second) {
        List<Block> blocks = new ArrayList<>(first.blocks());
        if (first.blocks().isEmpty()) {
            blocks.add(new Block.Section(first.text()));
        }
        blocks.add(new Block.Divider());
        blocks.addAll(second.blocks().isEmpty() ? List.of(new Block.Section(second.text())) : second.blocks());
        return blocks;
    }

    private static Optional<Duration> period(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "24h", "1d" -> Optional.of(Duration.ofHours(24));
            case "7d", "1w" -> Optional.of(Duration.ofDays(7));
            default -> Optional.empty();
        };
    }

    private static CommandReply usage(CommandRequest request) {
        return CommandReply.privately(request.texts().get("digest.error.usage", request.root()));
    }
}
