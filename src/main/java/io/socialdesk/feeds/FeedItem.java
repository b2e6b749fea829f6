package io.socialdesk.feeds;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One story a feed carried, cleaned up: plain text without HTML or entities, an absolute link with tracking
 * parameters removed (and Google Alerts' redirect unwrapped), and a date.
 *
 * @param key the stable identity of the item within its feed (guid, else the normalised link, else title and date)
 * @param title the headline as plain text
 * @param link the article's address, if the item has one
 * @param summary the item's description as plain text, possibly empty
 * @param published when the feed says the item appeared, or when it was first fetched if the feed gives no date
 * @param source the outlet that told the story, e.g. {@code spiegel.de}: the article's host, not the feed's, so a
 *     Google Alerts feed yields many sources
 * @param language the language the feed declares, e.g. {@code de} or {@code en-us}, if it declares one
 */
public record FeedItem(
        String key,
        String title,
        @Nullable String link,
        String summary,
        Instant published,
        String source,
        @Nullable String language) {}
