package io.socialdesk.feeds.store;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stored feed and its polling state.
 *
 * @param etag the last response's ETag, sent back as If-None-Match
 * @param lastModified the last response's Last-Modified, sent back as If-Modified-Since
 * @param polledOnce whether a poll has worked yet: the first one's items are not news
 */
public record FeedSource(
        String id,
        URI url,
        List<String> topics,
        Duration pollInterval,
        FeedOrigin origin,
        @Nullable String addedBy,
        Instant addedAt,
        @Nullable String etag,
        @Nullable String lastModified,
        Instant nextPollAt,
        boolean polledOnce,
        int consecutiveFailures,
        FeedHealth health,
        @Nullable String healthReason,
        Instant healthSince,
        @Nullable Instant lastSuccessAt,
        int lastItemCount) {

    public FeedSource {
        topics = List.copyOf(topics);
    }
}
