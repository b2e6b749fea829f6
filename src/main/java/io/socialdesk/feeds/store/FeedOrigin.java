package io.socialdesk.feeds.store;

/** Where a feed was defined. */
public enum FeedOrigin {
    /** In bot-config.yml: seeded at startup, updated when the file changes. */
    CONFIG,
    /** Added in chat: its address is checked against private networks before every fetch. */
    CHAT
}
