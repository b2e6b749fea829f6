package io.socialdesk.digest.intake;

import io.socialdesk.feeds.FeedItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed items kept for digests. */
@Repository
public class DigestItems {

    /** The topic of items from feeds that belong to none. */
    public static final String NO_TOPIC = "";

    private final JdbcClient jdbc;

    DigestItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code item} under {@code topic} unless the same article is kept there already; true if it was new. */
    boolean add(String topic, String identity, FeedItem item) {
        String key = sha256(identity);
        return jdbc.sql("INSERT INTO digest_item (topic, item_key, source, link, title, summary, language, published)"
                                + " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM digest_item"
                                + " WHERE topic = ? AND item_key = ?)")
                        .params(
                                topic,
                                key,
                                cut(item.source(), 200),
                                item.link() == null || item.link().length() > 2000 ? null : item.link(),
                                cut(item.title(), 1000),
                                cut(item.summary(), 2000),
                                item.language() == null ? null : cut(item.language(), 35),
                                item.published().atOffset(ZoneOffset.UTC),
                                topic,
                                key)
                        .update()
                > 0;
    }

    /**
     * The items published in {@code [from, to)}, oldest first, under {@code topic} or, when it is null, under any
     * topic (an article kept under two topics comes once).
     */
    public List<FeedItem> between(@Nullable String topic, Instant from, Instant to) {
        String where = topic == null ? "" : " AND topic = :topic";
        var statement = jdbc.sql("SELECT item_key, source, link, title, summary, language, published FROM digest_item"
                        + " WHERE published >= :from AND published < :to" + where + " ORDER BY published, id")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC));
        if (topic != null) {
            statement = statement.param("topic", topic);
        }
        Map<String, FeedItem> items = new LinkedHashMap<>();
        statement
                .query((rs, row) -> new FeedItem(
                        rs.getString("item_key"),
                        rs.getString("title"),
                        rs.getString("link"),
                        rs.getString("summary"),
                        rs.getObject("published", OffsetDateTime.class).toInstant(),
                        rs.getString("source"),
                        rs.getString("language")))
                .list()
                .forEach(item -> items.putIfAbsent(item.key(), item));
        return List.copyOf(items.values());
    }

    /** Forgets items published before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM digest_item WHERE published < ?")
                .params(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String sha256(String identity) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
