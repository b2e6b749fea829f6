package io.socialdesk.digest.posting;

import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.digest.DigestProperties;
import io.socialdesk.feeds.FeedsProperties;
import io.socialdesk.team.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Digests per topic: one per topic of {@code feeds.topics}, or one over all items when no topics are configured.
 */
@Component
class DigestService {

    private final DigestProperties properties;
    private final FeedsProperties feeds;
    private final DigestBuilder builder;
    private final Team team;

    DigestService(DigestProperties properties, FeedsProperties feeds, DigestBuilder builder, Team team) {
        this.properties = properties;
        this.feeds = feeds;
        this.builder = builder;
        this.team = team;
    }

    /** A topic as a digest is made for it; {@code id} is null for all items. */
    record Topic(@Nullable String id, String name) {}

    List<Topic> topics(Texts texts) {
        if (feeds.topics().isEmpty()) {
            return List.of(new Topic(null, texts.get("digest.all-topics")));
        }
        List<Topic> topics = new ArrayList<>();
        for (FeedsProperties.Topic topic : feeds.topics()) {
            topics.add(new Topic(topic.id(), topic.name() == null ? topic.id() : topic.name()));
        }
        return topics;
    }

    Optional<Topic> topic(String wanted, Texts texts) {
        String key = wanted.toLowerCase(Locale.ROOT);
        return topics(texts).stream()
                .filter(topic -> (topic.id() != null
                                && topic.id().toLowerCase(Locale.ROOT).equals(key))
                        || topic.name().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    OutgoingMessage render(Topic topic, Duration period, Instant now, Texts texts) {
        Digest digest = builder.build(topic.id(), topic.name(), period, properties.maxStories(), now, team.zone());
        return DigestMessages.render(digest, texts);
    }

    Duration window() {
        return properties.window();
    }
}
