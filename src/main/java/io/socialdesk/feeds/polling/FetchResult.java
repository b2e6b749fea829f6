package io.socialdesk.feeds.polling;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What fetching a feed's address gave. */
sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /**
     * The document, unpacked.
     *
     * @param url where it finally came from, after redirects: relative links resolve against it
     */
    record Fetched(
            byte[] body, @Nullable String contentType, @Nullable String etag, @Nullable String lastModified, URI url)
            implements FetchResult {}

    /** The server said the document is unchanged since the validators we sent (304). */
    record NotModified() implements FetchResult {}

    /**
     * No document.
     *
     * @param reason a short description for the log and {@code /sd feed status}, never a body
     * @param permanent the server said the feed is gone for good (410) or the address is refused: no point trying
     *     soon again
     * @param retryAfter how long the server asked us to wait, if it did
     */
    record Failed(String reason, boolean permanent, @Nullable Duration retryAfter) implements FetchResult {
        static Failed transientFailure(String reason) {
            return new Failed(reason, false, null);
        }

        static Failed permanentFailure(String reason) {
            return new Failed(reason, true, null);
        }
    }
}
