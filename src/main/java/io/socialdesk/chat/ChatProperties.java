package io.socialdesk.chat;

import io.socialdesk.config.InvalidConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code chat} section of {@code bot-config.yml}.
 *
 * @param platform where the bot lives; follows from the tokens that are set (Slack, else Discord, else local)
 * @param command the command root people type, without slash: {@code sd} means {@code /sd help}
 * @param channels the team's channels by purpose ({@code social}, {@code approvals}, {@code alerts},
 *     {@code digest}, ...), each with its id on Slack and Discord; the local chat uses the purpose as name
 * @param maxMessageLength the longest message, in characters, that the bot accepts or sends in one piece
 */
@ConfigurationProperties(prefix = "socialdesk.chat", ignoreUnknownFields = false)
public record ChatProperties(
        @DefaultValue("local") Platform platform,
        @DefaultValue("sd") String command,
        @Nullable Map<String, Channel> channels,
        @DefaultValue("4000") int maxMessageLength) {

    private static final Pattern COMMAND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");

    /** The channels a team gets when the config names none. */
    static final Map<String, Channel> DEFAULT_CHANNELS = defaults();

    public ChatProperties {
        if (!COMMAND.matcher(command).matches()) {
            throw new InvalidConfigException(
                    "chat.command", command, "lower-case letters, digits and '-', starting with a letter, e.g. sd");
        }
        if (maxMessageLength < 100 || maxMessageLength > 40_000) {
            throw new InvalidConfigException("chat.max-message-length", maxMessageLength, "100 to 40000");
        }
        channels = channels == null || channels.isEmpty() ? DEFAULT_CHANNELS : Map.copyOf(channels);
        for (String name : channels.keySet()) {
            if (!CHANNEL_NAME.matcher(name).matches()) {
                throw new InvalidConfigException(
                        "chat.channels." + name, name, "lower-case letters, digits, '-' and '_' as channel purpose");
            }
        }
    }

    /**
     * One channel of the team.
     *
     * @param slack the Slack channel id (C...), needed when the bot runs on Slack
     * @param discord the Discord channel id (a snowflake), needed when the bot runs on Discord
     * @param description what the channel is for, shown in the local chat; the bundles describe the defaults
     */
    public record Channel(@Nullable String slack, @Nullable String discord, @Nullable String description) {}

    private static Map<String, Channel> defaults() {
        // descriptions of the default channels come from the message bundles (channel.<purpose>.description)
        Map<String, Channel> channels = new LinkedHashMap<>();
        for (String purpose : List.of("social", "approvals", "alerts", "digest")) {
            channels.put(purpose, new Channel(null, null, null));
        }
        return Map.copyOf(channels);
    }
}
