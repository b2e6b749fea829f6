package io.socialdesk.digest;

import io.socialdesk.chat.UsesChannels;
import io.socialdesk.config.CronSchedule;
import io.socialdesk.config.InvalidConfigException;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code digest} section of {@code bot-config.yml}.
 *
 * @param schedule when the digest is posted, as a cron expression in the team's time zone
 * @param channel the channel purpose (under {@code chat.channels}) the digest goes to
 * @param window how far back a digest looks
 * @param maxStories the most stories one digest shows
 */
@ConfigurationProperties(prefix = "socialdesk.digest", ignoreUnknownFields = false)
public record DigestProperties(
        @DefaultValue("0 0 8 * * MON-FRI") CronSchedule schedule,
        @DefaultValue("digest") String channel,
        @DefaultValue("24h") Duration window,
        @DefaultValue("10") int maxStories)
        implements UsesChannels {

    public DigestProperties {
        if (window.isNegative() || window.isZero()) {
            throw new InvalidConfigException("digest.window", window, "a positive duration, e.g. 24h");
        }
        if (maxStories < 1 || maxStories > 50) {
            throw new InvalidConfigException("digest.max-stories", maxStories, "1 to 50");
        }
    }

    @Override
    public Map<String, String> channelPurposes() {
        return Map.of("digest.channel", channel);
    }
}
