package io.socialdesk.feeds;

import java.util.List;

/**
 * A poll found items the bot had not seen before in one feed. Published once per poll that found any, after the
 * items are stored.
 *
 * @param feedId the feed's id, as configured or as added from chat
 * @param topics the ids of the topics the feed belongs to
 * @param items the new items, oldest first
 * @param firstPoll true for the first successful poll of a new feed: the items were already there, so they count
 *     for digests by their dates but are not news (no mention spikes, no "new" announcements)
 */
public record FeedItemsArrived(String feedId, List<String> topics, List<FeedItem> items, boolean firstPoll) {

    public FeedItemsArrived {
        topics = List.copyOf(topics);
        items = List.copyOf(items);
    }
}
