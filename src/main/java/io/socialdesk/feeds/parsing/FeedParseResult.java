package io.socialdesk.feeds.parsing;

import io.socialdesk.feeds.FeedItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What reading one fetched document gave: clean items, or a reason why there are none. */
public sealed interface FeedParseResult permits FeedParseResult.Parsed, FeedParseResult.ParseFailure {

    /**
     * The document was a feed.
     *
     * @param title the feed's own title as plain text, possibly empty
     * @param language the language the feed declares, if any
     * @param items its items in document order, each with a unique key
     * @param emptyEntries entries left out because they carry no title, text or link (nothing to tell)
     */
    record Parsed(String title, @Nullable String language, List<FeedItem> items, int emptyEntries)
            implements FeedParseResult {
        public Parsed {
            items = List.copyOf(items);
        }
    }

    /**
     * The document could not be read as a feed.
     *
     * @param reason what kind of problem it was
     * @param detail a short technical description for the log and the feed's status, never the body
     */
    record ParseFailure(Reason reason, String detail) implements FeedParseResult {}

    /** Why a document is not a feed. */
    enum Reason {
        /** Nothing came back. */
        EMPTY,
        /** The server sent a web page, not a feed. */
        HTML_PAGE,
        /** The XML is broken or declares a DOCTYPE (refused, so no external entity is ever resolved). */
        MALFORMED_XML,
        /** The document's encoding is unknown or lies. */
        BAD_ENCODING,
        /** Well-formed XML, but neither RSS nor Atom. */
        NOT_A_FEED
    }
}
