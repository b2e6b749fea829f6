package io.socialdesk.local;

/** Names of the local chat's conversations. */
final class LocalChannels {

    private static final String DIRECT_PREFIX = "dm-";

    private LocalChannels() {}

    /** The direct-message conversation between the bot and one person. */
    static String directChannelOf(String personId) {
        return DIRECT_PREFIX + personId;
    }

    static boolean isDirect(String channel) {
        return channel.startsWith(DIRECT_PREFIX);
    }

    static String personOfDirect(String channel) {
        return channel.substring(DIRECT_PREFIX.length());
    }
}
