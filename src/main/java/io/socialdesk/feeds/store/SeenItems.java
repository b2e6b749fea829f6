package io.socialdesk.feeds.store;

import io.socialdesk.feeds.FeedItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each feed has delivered. An item counts as seen when any of its identities was seen before in the same
 * feed: its stable key, its clean link, or its title with its date. So a feed that switches its guids to another
 * scheme (or drops them) does not flood the digest with old stories.
 */
@Repository
public class SeenItems {

    private static final int CHUNK = 200;

    private final JdbcClient jdbc;

    public SeenItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the items of one poll and answers those never seen before, in the given order. Every identity of
     * every item is stored or refreshed, so an identity the feed keeps carrying does not expire.
     */
    public List<FeedItem> record(String feedId, List<FeedItem> items, Instant now) {
        Map<FeedItem, Set<String>> identities = new java.util.LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (FeedItem item : items) {
            Set<String> keys = identities(item);
            identities.put(item, keys);
            all.addAll(keys);
        }
        Set<String> known = known(feedId, all);
        List<FeedItem> fresh = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (Map.Entry<FeedItem, Set<String>> entry : identities.entrySet()) {
            boolean seen = entry.getValue().stream().anyMatch(known::contains);
            if (!seen && entry.getValue().stream().noneMatch(added::contains)) {
                fresh.add(entry.getKey());
            }
            added.addAll(entry.getValue());
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<String> refresh = all.stream().filter(known::contains).toList();
        for (List<String> chunk : chunks(refresh)) {
            jdbc.sql("UPDATE feeds_seen_item SET last_seen_at = :at WHERE feed_id = :feed AND item_key IN (:keys)")
                    .param("at", at)
                    .param("feed", feedId)
                    .param("keys", chunk)
                    .update();
        }
        for (String key : all) {
            if (!known.contains(key)) {
                jdbc.sql("INSERT INTO feeds_seen_item (feed_id, item_key, first_seen_at, last_seen_at)"
                                + " VALUES (?, ?, ?, ?)")
                        .params(feedId, key, at, at)
                        .update();
            }
        }
        return fresh;
    }

    /** Forgets identities no poll has carried since {@code cutoff}; how many. */
    public int forgetUnseenSince(Instant cutoff) {
        return jdbc.sql("DELETE FROM feeds_seen_item WHERE last_seen_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Set<String> known(String feedId, Set<String> keys) {
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            known.addAll(jdbc.sql("SELECT item_key FROM feeds_seen_item WHERE feed_id = :feed AND item_key IN (:keys)")
                    .param("feed", feedId)
                    .param("keys", chunk)
                    .query(String.class)
                    .list());
        }
        return known;
    }

    static Set<String> identities(FeedItem item) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(sha256("key:" + item.key()));
        if (item.link() != null) {
            keys.add(sha256("link:" + item.link()));
        }
        keys.add(sha256("title:" + item.title().toLowerCase(Locale.ROOT) + "|" + item.published()));
        return keys;
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            chunks.add(keys.subList(i, Math.min(keys.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String sha256(String identity) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
