package io.socialdesk.approval;

import java.util.Locale;

/** The networks a draft can be written for, each with its own way of counting and its default limits. */
public enum Network {
    X("X", 280, 0),
    LINKEDIN("LinkedIn", 3000, 0),
    INSTAGRAM("Instagram", 2200, 30),
    FACEBOOK("Facebook", 63_206, 0),
    THREADS("Threads", 500, 0),
    BLUESKY("Bluesky", 300, 0),
    MASTODON("Mastodon", 500, 0);

    private final String displayName;
    private final int defaultMaxLength;
    private final int defaultMaxHashtags;

    Network(String displayName, int defaultMaxLength, int defaultMaxHashtags) {
        this.displayName = displayName;
        this.defaultMaxLength = defaultMaxLength;
        this.defaultMaxHashtags = defaultMaxHashtags;
    }

    public String displayName() {
        return displayName;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    int defaultMaxLength() {
        return defaultMaxLength;
    }

    /** The most hashtags a post may carry; 0 where the network sets no such limit. */
    int defaultMaxHashtags() {
        return defaultMaxHashtags;
    }

    /** Reads {@code linkedin}, {@code LinkedIn} or {@code twitter} (X's old name). */
    public static Network parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (key.equals("twitter")) {
            return X;
        }
        for (Network network : values()) {
            if (network.key().equals(key)) {
                return network;
            }
        }
        throw new IllegalArgumentException("unknown network '" + text + "'");
    }
}
