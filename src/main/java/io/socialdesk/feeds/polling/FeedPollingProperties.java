package io.socialdesk.feeds.polling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Technical limits of the feed poller ({@code socialdesk.feed-polling.*}); the team's own feed settings are in the
 * {@code feeds} section of {@code bot-config.yml}.
 *
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout how long a whole response may take, headers and body: a body that never ends is cut off
 * @param maxBodySize the most a response may carry as sent (compressed)
 * @param maxUnpackedSize the most a gzip body may unpack to, so a small gzip bomb cannot fill the heap
 * @param maxRedirects how many redirects are followed, each one checked like the address itself
 * @param concurrency how many feeds are fetched at the same time
 * @param perHostConcurrency how many of them may go to the same host
 * @param perHostGap the pause between two requests to the same host
 * @param jitter how much each feed's interval varies either way (0.1 = ±10 %), so polls spread out
 * @param firstBackoff the pause after the first failure; it doubles with every further one
 * @param longestBackoff the longest pause between tries of a failing feed
 * @param disableAfter how long a feed may fail before it is DISABLED
 * @param disabledRetry how often a DISABLED feed is still tried, so one that comes back heals itself
 * @param lease how long a claimed feed stays with the replica that claimed it, should that one die mid-poll
 * @param batch how many due feeds one pass claims at most
 * @param forgetAfter how long an item gone from its feed is remembered as seen
 * @param userAgent what the bot calls itself towards feed servers
 */
@ConfigurationProperties(prefix = "socialdesk.feed-polling")
public record FeedPollingProperties(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5MB") DataSize maxBodySize,
        @DefaultValue("20MB") DataSize maxUnpackedSize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("16") int concurrency,
        @DefaultValue("2") int perHostConcurrency,
        @DefaultValue("1s") Duration perHostGap,
        @DefaultValue("0.1") double jitter,
        @DefaultValue("5m") Duration firstBackoff,
        @DefaultValue("6h") Duration longestBackoff,
        @DefaultValue("3d") Duration disableAfter,
        @DefaultValue("1d") Duration disabledRetry,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("500") int batch,
        @DefaultValue("90d") Duration forgetAfter,
        @DefaultValue("SocialDesk feed reader (+https://github.com/socialdesk)") String userAgent) {

    /** The defaults, for code that runs without Spring (benchmarks, tests). */
    public static FeedPollingProperties defaults() {
        return new FeedPollingProperties(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                DataSize.ofMegabytes(5),
                DataSize.ofMegabytes(20),
                5,
                16,
                2,
                Duration.ofSeconds(1),
                0.1,
                Duration.ofMinutes(5),
                Duration.ofHours(6),
                Duration.ofDays(3),
                Duration.ofDays(1),
                Duration.ofMinutes(10),
                500,
                Duration.ofDays(90),
                "SocialDesk feed reader (+https://github.com/socialdesk)");
    }
}
