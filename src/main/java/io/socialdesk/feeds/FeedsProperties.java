package io.socialdesk.feeds;

import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.InvalidConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code feeds} section of {@code bot-config.yml}: what to read. Feeds added from chat are stored beside
 * these; the file seeds them.
 *
 * @param pollInterval how often each feed is fetched unless it says otherwise; at least one minute
 * @param topics named subjects that feeds and digests are grouped by, e.g. competitors or industry news
 * @param sources the feeds themselves
 * @param allowedHosts host names that feeds added from chat may point at even though they resolve to a loopback,
 *     private or link-local address (an intranet news server, say); feeds written here are trusted anyway
 */
@ConfigurationProperties(prefix = "socialdesk.feeds", ignoreUnknownFields = false)
public record FeedsProperties(
        @DefaultValue("15m") Duration pollInterval,
        @Nullable List<Topic> topics,
        @Nullable List<Source> sources,
        @Nullable List<String> allowedHosts) {

    static final Duration SHORTEST_POLL = Duration.ofMinutes(1);

    public FeedsProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
        sources = sources == null ? List.of() : List.copyOf(sources);
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(host -> host.strip().toLowerCase(java.util.Locale.ROOT))
                        .toList();
        checkInterval("feeds.poll-interval", pollInterval);
        ConfigIds.checkUnique("feeds.topics", topics, Topic::id);
        ConfigIds.checkUnique("feeds.sources", sources, Source::id);
        Set<String> topicIds = topics.stream().map(Topic::id).collect(Collectors.toSet());
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String key = "feeds.sources[" + i + "]";
            checkUrl(key + ".url", source.url());
            if (source.pollInterval() != null) {
                checkInterval(key + ".poll-interval", source.pollInterval());
            }
            for (int t = 0; t < source.topics().size(); t++) {
                if (!topicIds.contains(source.topics().get(t))) {
                    throw new InvalidConfigException(
                            key + ".topics[" + t + "]",
                            source.topics().get(t),
                            "a topic id from feeds.topics: " + topicIds);
                }
            }
        }
    }

    /** The interval of {@code source}: its own, else the default. */
    public Duration intervalOf(Source source) {
        return source.pollInterval() != null ? source.pollInterval() : pollInterval;
    }

    /**
     * A subject the team follows.
     *
     * @param id short id, e.g. competitors
     * @param name the name shown in digests
     */
    public record Topic(String id, @Nullable String name) {}

    /**
     * One RSS or Atom feed, e.g. a news site, a competitor's blog or a Google Alerts feed.
     *
     * @param id short id, e.g. heise
     * @param url the feed's http(s) address
     * @param topics ids of the topics this feed belongs to
     * @param pollInterval this feed's own interval, if not the default
     */
    public record Source(String id, String url, @Nullable List<String> topics, @Nullable Duration pollInterval) {

        public Source {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    private static void checkInterval(String key, Duration interval) {
        if (interval.compareTo(SHORTEST_POLL) < 0) {
            throw new InvalidConfigException(key, interval, "at least 1m, so feeds are not hammered");
        }
    }

    private static void checkUrl(String key, @Nullable String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below with what is allowed
        }
        throw new InvalidConfigException(key, url, "an http or https address, e.g. https://example.com/feed.xml");
    }
}
