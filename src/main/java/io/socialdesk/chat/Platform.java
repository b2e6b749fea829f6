package io.socialdesk.chat;

/** The chat platforms SocialDesk can live on. */
public enum Platform {
    LOCAL,
    SLACK,
    DISCORD;

    /** The lower-case name used in configuration and storage. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
