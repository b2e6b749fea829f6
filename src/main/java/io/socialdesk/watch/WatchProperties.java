package io.socialdesk.watch;

import io.socialdesk.chat.UsesChannels;
import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.InvalidConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code watch} section of {@code bot-config.yml}: which words to count and when a rise is an alert.
 *
 * @param bucket the width of one counting bucket, from 1m to 1h
 * @param channel the channel purpose (under {@code chat.channels}) alerts go to
 * @param watchlists the named lists of terms whose mentions are counted
 */
@ConfigurationProperties(prefix = "socialdesk.watch", ignoreUnknownFields = false)
public record WatchProperties(
        @DefaultValue("15m") Duration bucket,
        @DefaultValue("alerts") String channel,
        @Nullable List<Watchlist> watchlists)
        implements UsesChannels {

    public WatchProperties {
        if (bucket.compareTo(Duration.ofMinutes(1)) < 0 || bucket.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidConfigException("watch.bucket", bucket, "1m to 1h");
        }
        watchlists = watchlists == null ? List.of() : List.copyOf(watchlists);
        ConfigIds.checkUnique("watch.watchlists", watchlists, Watchlist::id);
        for (int i = 0; i < watchlists.size(); i++) {
            if (watchlists.get(i).terms().isEmpty()) {
                throw new InvalidConfigException(
                        "watch.watchlists[" + i + "].terms", "[]", "at least one term, e.g. the brand name");
            }
            double sensitivity = watchlists.get(i).sensitivity();
            if (!(sensitivity >= 1 && sensitivity <= 20)) {
                throw new InvalidConfigException("watch.watchlists[" + i + "].sensitivity", sensitivity, "1.0 to 20.0");
            }
        }
    }

    /**
     * Terms watched together, e.g. the brand and its products.
     *
     * @param id short id, e.g. brand
     * @param terms words or phrases; case is ignored
     * @param sensitivity how far above the baseline a bucket must rise to alert, in standard deviations
     */
    public record Watchlist(String id, @Nullable List<String> terms, @DefaultValue("4.0") double sensitivity) {

        public Watchlist {
            terms = terms == null
                    ? List.of()
                    : terms.stream().filter(term -> !term.isBlank()).toList();
        }
    }

    @Override
    public Map<String, String> channelPurposes() {
        return Map.of("watch.channel", channel);
    }
}
