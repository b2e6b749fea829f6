package io.socialdesk.watch;

import io.socialdesk.chat.UsesChannels;
import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.InvalidConfigException;
import io.socialdesk.watch.detection.Sensitivity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code watch} section of {@code bot-config.yml}: which words to count and when a rise is an alert.
 *
 * @param bucket the width of one counting bucket, from 1m to 1h
 * @param channel the channel purpose (under {@code chat.channels}) alerts go to unless a watchlist names its own
 * @param watchlists the named lists of terms whose mentions are counted
 */
@ConfigurationProperties(prefix = "socialdesk.watch", ignoreUnknownFields = false)
public record WatchProperties(
        @DefaultValue("5m") Duration bucket,
        @DefaultValue("alerts") String channel,
        @Nullable List<Watchlist> watchlists)
        implements UsesChannels {

    public WatchProperties {
        if (bucket.compareTo(Duration.ofMinutes(1)) < 0 || bucket.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidConfigException("watch.bucket", bucket, "1m to 1h");
        }
        if (Duration.ofHours(1).toSeconds() % bucket.toSeconds() != 0) {
            throw new InvalidConfigException("watch.bucket", bucket, "a width that divides an hour, e.g. 5m or 15m");
        }
        watchlists = watchlists == null ? List.of() : List.copyOf(watchlists);
        ConfigIds.checkUnique("watch.watchlists", watchlists, Watchlist::id);
        for (int i = 0; i < watchlists.size(); i++) {
            Watchlist watchlist = watchlists.get(i);
            if (watchlist.terms().isEmpty()) {
                throw new InvalidConfigException(
                        "watch.watchlists[" + i + "].terms", "[]", "at least one term, e.g. the brand name");
            }
            checkTerms("watch.watchlists[" + i + "].terms", watchlist.terms());
            checkTerms("watch.watchlists[" + i + "].context", watchlist.context());
            checkTerms("watch.watchlists[" + i + "].exclude", watchlist.exclude());
        }
    }

    private static void checkTerms(String key, List<String> terms) {
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t).strip().replace("\"", "").replace("*", "");
            if (term.isEmpty()) {
                throw new InvalidConfigException(key + "[" + t + "]", terms.get(t), "a word or a phrase");
            }
        }
    }

    /**
     * Terms watched together, e.g. the brand and its products.
     *
     * @param id short id, e.g. brand
     * @param name what people call it in alerts; the id if unset
     * @param terms words or phrases, matched as whole words whatever their case, accents or umlaut spelling; a
     *     trailing {@code *} also matches longer words ({@code Bahn*} finds "Bahnhof")
     * @param context if set, a mention also needs one of these in the same text (the brand with "Rückruf")
     * @param exclude a text with one of these is not a mention (the brand's stadium, say)
     * @param topics the feed topics watched; every feed if unset
     * @param channel the channel purpose this watchlist's alerts go to; {@code watch.channel} if unset
     * @param preset how easily it alerts: {@code sensitive}, {@code balanced} or {@code strict}
     */
    public record Watchlist(
            String id,
            @Nullable String name,
            @Nullable List<String> terms,
            @Nullable List<String> context,
            @Nullable List<String> exclude,
            @Nullable List<String> topics,
            @Nullable String channel,
            @DefaultValue("balanced") Sensitivity preset) {

        public Watchlist {
            name = name == null || name.isBlank() ? id : name;
            terms = nonBlank(terms);
            context = nonBlank(context);
            exclude = nonBlank(exclude);
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        private static List<String> nonBlank(@Nullable List<String> terms) {
            return terms == null
                    ? List.of()
                    : terms.stream().filter(term -> !term.isBlank()).toList();
        }

        /** Whether items of a feed in {@code feedTopics} are watched. */
        public boolean watches(List<String> feedTopics) {
            return topics.isEmpty() || feedTopics.stream().anyMatch(topics::contains);
        }
    }

    @Override
    public Map<String, String> channelPurposes() {
        Map<String, String> purposes = new LinkedHashMap<>();
        purposes.put("watch.channel", channel);
        for (int i = 0; i < watchlists.size(); i++) {
            if (watchlists.get(i).channel() != null) {
                purposes.put(
                        "watch.watchlists[" + i + "].channel", watchlists.get(i).channel());
            }
        }
        return purposes;
    }
}
