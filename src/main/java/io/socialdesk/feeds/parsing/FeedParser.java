package io.socialdesk.feeds.parsing;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.parsing.FeedParseResult.ParseFailure;
import io.socialdesk.feeds.parsing.FeedParseResult.Parsed;
import io.socialdesk.feeds.parsing.FeedParseResult.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one fetched document with Rome into clean {@link FeedItem}s, or says why it is not a feed. Never throws:
 * Rome's own runtime exceptions on odd documents are caught and reported as a failure. DOCTYPEs are refused, so no
 * external entity is ever resolved.
 */
public final class FeedParser {

    private static final Logger log = LoggerFactory.getLogger(FeedParser.class);
    private static final int LONGEST_KEY = 200;

    /**
     * @param body the document's bytes, already decompressed
     * @param contentType the server's Content-Type header, if any; its charset counts when the XML declares none
     * @param feedUrl the address the document came from, to resolve relative links against
     * @param fetchedAt when it was fetched: the date of items that carry none
     */
    public FeedParseResult parse(byte[] body, @Nullable String contentType, URI feedUrl, Instant fetchedAt) {
        if (isBlank(body)) {
            return new ParseFailure(Reason.EMPTY, "the response has no content");
        }
        if (looksLikeHtml(body)) {
            return new ParseFailure(Reason.HTML_PAGE, "the address serves a web page, not a feed");
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            feed = input.build(reader);
        } catch (FeedException e) {
            return failure(feedUrl, Reason.MALFORMED_XML, e);
        } catch (IOException e) {
            return failure(feedUrl, Reason.BAD_ENCODING, e);
        } catch (IllegalArgumentException e) {
            return failure(feedUrl, Reason.NOT_A_FEED, e);
        } catch (RuntimeException e) {
            // Rome trips over some odd but readable documents (NullPointerException inside a converter).
            return failure(feedUrl, Reason.MALFORMED_XML, e);
        }
        try {
            return read(feed, feedUrl, fetchedAt);
        } catch (RuntimeException e) {
            return failure(feedUrl, Reason.MALFORMED_XML, e);
        }
    }

    private Parsed read(SyndFeed feed, URI feedUrl, Instant fetchedAt) {
        // Relative links resolve against the address the document came from.
        URI base = feedUrl;
        String language = blankToNull(feed.getLanguage());
        List<FeedItem> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int empty = 0;
        for (SyndEntry entry : feed.getEntries()) {
            FeedItem item = item(entry, base, feedUrl, fetchedAt, language);
            if (item == null) {
                empty++;
            } else if (keys.add(item.key())) {
                items.add(item);
            }
        }
        return new Parsed(PlainText.of(feed.getTitle()), language, items, empty);
    }

    private static @Nullable FeedItem item(
            SyndEntry entry, URI base, URI feedUrl, Instant fetchedAt, @Nullable String language) {
        Optional<URI> link = ItemLinks.clean(entry.getLink(), base);
        if (link.isEmpty() && entry.getLinks() != null && !entry.getLinks().isEmpty()) {
            link = ItemLinks.clean(entry.getLinks().get(0).getHref(), base);
        }
        String title = PlainText.of(entry.getTitle());
        String summary = PlainText.of(summaryMarkup(entry));
        if (title.isEmpty() && summary.isEmpty() && link.isEmpty()) {
            return null;
        }
        if (title.isEmpty()) {
            title = summary.length() > 120 ? summary.substring(0, 120).strip() + "…" : summary;
        }
        Instant published = entry.getPublishedDate() != null
                ? entry.getPublishedDate().toInstant()
                : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : fetchedAt;
        String source = link.map(ItemLinks::source).orElseGet(() -> ItemLinks.source(feedUrl));
        String key = key(entry, link, title, published, fetchedAt);
        return new FeedItem(key, title, link.map(URI::toString).orElse(null), summary, published, source, language);
    }

    // The guid if the feed gives a real one (Rome copies the link into uri when there is none), else the clean link,
    // else title and date: stable across polls of the same document.
    private static String key(SyndEntry entry, Optional<URI> link, String title, Instant published, Instant fetchedAt) {
        String guid = blankToNull(entry.getUri());
        if (guid != null && !guid.equals(entry.getLink())) {
            return bounded("guid:", guid.strip());
        }
        if (link.isPresent()) {
            return bounded("link:", link.get().toString());
        }
        String date = published.equals(fetchedAt) ? "" : published.toString();
        return bounded("text:", title.toLowerCase(Locale.ROOT) + "|" + date);
    }

    private static String bounded(String prefix, String value) {
        String key = prefix + value;
        return key.length() <= LONGEST_KEY ? key : prefix + "sha256:" + sha256(value);
    }

    private static @Nullable String summaryMarkup(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null
                && description.getValue() != null
                && !description.getValue().isBlank()) {
            return description.getValue();
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<\\?xml[^>]*>", "")
                .stripLeading();
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static ParseFailure failure(URI feedUrl, Reason reason, Exception e) {
        String detail = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        log.info("feed {} is not readable ({}): {}", feedUrl.getHost(), reason, detail);
        return new ParseFailure(reason, detail);
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
