package io.socialdesk.chat;

import io.socialdesk.config.InvalidConfigException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The team's channels by purpose, resolved to ids on the platform the bot runs on. */
@Service
public final class Channels {

    private final Platform platform;
    private final Map<String, ChatProperties.Channel> byPurpose;

    Channels(ChatProperties properties, List<UsesChannels> users) {
        this.platform = properties.platform();
        this.byPurpose = new TreeMap<>(properties.channels());
        users.forEach(user -> user.channelPurposes().forEach(this::check));
    }

    private void check(String key, String purpose) {
        if (!byPurpose.containsKey(purpose)) {
            throw new InvalidConfigException(key, purpose, "a channel purpose from chat.channels: " + purposes());
        }
        if (idOn(platform, byPurpose.get(purpose), purpose) == null) {
            throw new InvalidConfigException(
                    "chat.channels." + purpose + "." + platform.key(),
                    "(missing)",
                    "the " + platform.key() + " channel id of the channel that " + key + " names");
        }
    }

    /** The configured purposes, sorted by name. */
    public List<String> purposes() {
        return List.copyOf(byPurpose.keySet());
    }

    /** The description of a purpose, if the config gives one. */
    public Optional<String> description(String purpose) {
        return Optional.ofNullable(byPurpose.get(purpose)).map(ChatProperties.Channel::description);
    }

    /**
     * The channel for {@code purpose} on this platform.
     *
     * @throws IllegalArgumentException if the purpose is not configured, or has no id on this platform
     */
    public ChannelRef channel(String purpose) {
        ChatProperties.Channel channel = byPurpose.get(purpose);
        if (channel == null) {
            throw new IllegalArgumentException(
                    "no channel for '" + purpose + "'; configured under chat.channels: " + purposes());
        }
        String id = idOn(platform, channel, purpose);
        if (id == null) {
            throw new IllegalArgumentException(
                    "chat.channels." + purpose + " has no " + platform.key() + " id in the configuration");
        }
        return new ChannelRef(platform, id);
    }

    private static @Nullable String idOn(Platform platform, ChatProperties.Channel channel, String purpose) {
        String id =
                switch (platform) {
                    case LOCAL -> purpose;
                    case SLACK -> channel.slack();
                    case DISCORD -> channel.discord();
                };
        return id == null || id.isBlank() ? null : id.trim();
    }
}
