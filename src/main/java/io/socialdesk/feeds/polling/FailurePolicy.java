package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.polling.FetchResult.Failed;
import io.socialdesk.feeds.store.FeedHealth;
import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.http.Backoff;
import java.time.Duration;
import java.time.Instant;

/**
 * What a failed poll makes of a feed. It is FAILING and tried again after a pause that doubles with each failure
 * in a row (never sooner than the server asked, never later than the longest backoff); after failing for
 * {@code disableAfter}, or at once when the server says it is gone or the address is refused, it is DISABLED and
 * only tried once every {@code disabledRetry}, so it shows in {@code /sd feed status} and heals itself when it
 * comes back. A feed is never dropped silently.
 */
record FailurePolicy(Duration firstBackoff, Duration longestBackoff, Duration disableAfter, Duration disabledRetry) {

    static FailurePolicy of(FeedPollingProperties limits) {
        return new FailurePolicy(
                limits.firstBackoff(), limits.longestBackoff(), limits.disableAfter(), limits.disabledRetry());
    }

    /** The feed's state after one more failure. */
    record Decision(int failures, FeedHealth health, Instant next) {}

    Decision after(FeedSource feed, Failed failure, Instant now) {
        int failures = feed.consecutiveFailures() + 1;
        Instant failingSince = feed.health() == FeedHealth.OK ? now : feed.healthSince();
        boolean longDown =
                !Duration.between(failingSince, now).minus(disableAfter).isNegative();
        if (failure.permanent() || longDown || feed.health() == FeedHealth.DISABLED) {
            return new Decision(failures, FeedHealth.DISABLED, now.plus(disabledRetry));
        }
        Duration pause = new Backoff(firstBackoff, longestBackoff).after(failures);
        if (failure.retryAfter() != null && failure.retryAfter().compareTo(pause) > 0) {
            pause = failure.retryAfter();
        }
        return new Decision(failures, FeedHealth.FAILING, now.plus(pause));
    }
}
