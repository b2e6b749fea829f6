package io.socialdesk.watch.alerts;

import io.socialdesk.chat.Texts;
import io.socialdesk.watch.WatchProperties;
import io.socialdesk.watch.detection.Sensitivity;
import java.util.List;

/**
 * Test alerts ({@code /sd alert test}) belong to a watchlist of their own that no config can name, so they never
 * mix with a real watchlist's episode, and everything they show says TEST.
 */
final class TestAlerts {

    /** Not a valid config id (config ids are lower case), so no configured watchlist can collide with it. */
    static final String WATCHLIST_ID = "SD-TEST";

    private TestAlerts() {}

    static boolean isTest(Alert alert) {
        return alert.watchlistId().equals(WATCHLIST_ID);
    }

    static WatchProperties.Watchlist watchlist(Texts texts, String channel) {
        return new WatchProperties.Watchlist(
                WATCHLIST_ID,
                texts.get("alert.test.name"),
                List.of(WATCHLIST_ID),
                null,
                null,
                null,
                channel,
                Sensitivity.BALANCED);
    }
}
