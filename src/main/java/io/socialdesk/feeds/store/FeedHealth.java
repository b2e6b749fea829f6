package io.socialdesk.feeds.store;

/** How a feed is doing. */
public enum FeedHealth {
    /** The last poll worked. */
    OK,
    /** Recent polls failed; it is retried with growing pauses. */
    FAILING,
    /** It failed for so long that it is no longer polled until someone adds it again. */
    DISABLED
}
