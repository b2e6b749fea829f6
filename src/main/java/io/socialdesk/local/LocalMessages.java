package io.socialdesk.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The local chat's messages, reactions and images. */
@Repository
class LocalMessages {

    private static final String COLUMNS =
            "seq, id, channel, thread_id, author, text, blocks, visible_to, image_id, created_at, edited_at";

    private final JdbcClient jdbc;
    private final LocalBlocks blocks;

    LocalMessages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.blocks = new LocalBlocks(json);
    }

    LocalBlocks blocks() {
        return blocks;
    }

    record NewMessage(
            String id,
            String channel,
            @Nullable String threadId,
            String author,
            String text,
            String blocksJson,
            @Nullable String visibleTo,
            @Nullable String imageId,
            Instant at) {}

    void insert(NewMessage message) {
        jdbc.sql("INSERT INTO local_message (id, channel, thread_id, author, text, blocks, visible_to, image_id,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        message.id(),
                        message.channel(),
                        message.threadId(),
                        message.author(),
                        message.text(),
                        message.blocksJson(),
                        message.visibleTo(),
                        message.imageId(),
                        utc(message.at()))
                .update();
    }

    boolean update(String id, String text, String blocksJson, Instant at) {
        return jdbc.sql("UPDATE local_message SET text = ?, blocks = ?, edited_at = ? WHERE id = ?")
                        .params(text, blocksJson, utc(at), id)
                        .update()
                == 1;
    }

    Optional<LocalMessage> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM local_message WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(message -> withReactions(List.of(message)).get(0));
    }

    /**
     * Which messages of a channel to list: those between positions {@code after} and {@code before} (both
     * exclusive), the newest {@code limit} of them, and with {@code withActions} only those with buttons.
     */
    record Window(long after, long before, boolean withActions, int limit) {

        static final long NEWEST = Long.MAX_VALUE;
    }

    /** The messages of a channel that {@code viewer} may see, oldest first, in {@code window}. */
    List<LocalMessage> channel(String channel, String viewer, Window window) {
        List<LocalMessage> newestFirst = jdbc.sql("SELECT " + COLUMNS + " FROM local_message"
                        + " WHERE channel = :channel AND seq > :after AND seq < :before"
                        + " AND (visible_to IS NULL OR visible_to = :viewer)"
                        + (window.withActions() ? " AND blocks LIKE :buttons" : "")
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("channel", channel)
                .param("after", window.after())
                .param("before", window.before())
                .param("viewer", viewer)
                .param("buttons", "%" + LocalBlocks.BUTTONS_MARKER + "%")
                .param("limit", window.limit())
                .query(this::row)
                .list();
        List<LocalMessage> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return withReactions(oldestFirst);
    }

    /**
     * Adds a reaction; {@code false} if the person had already reacted with that emoji. Runs in the caller's
     * transaction, which holds the message's row lock until it commits.
     */
    boolean addReaction(String messageId, String emoji, String display, String person, Instant at) {
        // the same reaction sent twice at once (a double click, two tabs) takes turns on the message's row, so the
        // second sees the first and answers "not changed" instead of running into the primary key
        jdbc.sql("SELECT id FROM local_message WHERE id = ? FOR UPDATE")
                .param(messageId)
                .query(String.class)
                .optional();
        return jdbc.sql("INSERT INTO local_reaction (message_id, emoji, display, person_id, created_at)"
                                + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM local_reaction"
                                + " WHERE message_id = ? AND emoji = ? AND person_id = ?)")
                        .params(messageId, emoji, display, person, utc(at), messageId, emoji, person)
                        .update()
                == 1;
    }

    /** Removes a reaction; {@code false} if there was none. */
    boolean removeReaction(String messageId, String emoji, String person) {
        return jdbc.sql("DELETE FROM local_reaction WHERE message_id = ? AND emoji = ? AND person_id = ?")
                        .params(messageId, emoji, person)
                        .update()
                == 1;
    }

    void insertImage(String id, String contentType, String title, byte[] bytes) {
        jdbc.sql("INSERT INTO local_image (id, content_type, title, bytes) VALUES (?, ?, ?, ?)")
                .params(id, contentType, title, bytes)
                .update();
    }

    record StoredImage(String contentType, byte[] bytes) {}

    Optional<StoredImage> image(String id) {
        return jdbc.sql("SELECT content_type, bytes FROM local_image WHERE id = ?")
                .param(id)
                .query((rs, row) -> new StoredImage(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    private List<LocalMessage> withReactions(List<LocalMessage> messages) {
        if (messages.isEmpty()) {
            return messages;
        }
        Map<String, Map<String, LocalMessage.Reaction>> byMessage = new LinkedHashMap<>();
        String placeholders = String.join(",", java.util.Collections.nCopies(messages.size(), "?"));
        jdbc.sql("SELECT message_id, emoji, display, person_id FROM local_reaction WHERE message_id IN (" + placeholders
                        + ") ORDER BY created_at, person_id")
                .params(messages.stream().map(LocalMessage::id).toList())
                .query(rs -> {
                    var reactions = byMessage.computeIfAbsent(rs.getString("message_id"), id -> new LinkedHashMap<>());
                    String emoji = rs.getString("emoji");
                    var reaction = reactions.computeIfAbsent(
                            emoji, name -> new LocalMessage.Reaction(name, displayOf(rs), new ArrayList<>()));
                    reaction.people().add(rs.getString("person_id"));
                });
        return messages.stream()
                .map(message -> new LocalMessage(
                        message.seq(),
                        message.id(),
                        message.channel(),
                        message.threadId(),
                        message.author(),
                        message.text(),
                        message.blocks(),
                        message.visibleTo(),
                        message.imageId(),
                        message.createdAt(),
                        message.editedAt(),
                        List.copyOf(
                                byMessage.getOrDefault(message.id(), Map.of()).values())))
                .toList();
    }

    private static String displayOf(ResultSet rs) {
        try {
            return rs.getString("display");
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private LocalMessage row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
        return new LocalMessage(
                rs.getLong("seq"),
                rs.getString("id"),
                rs.getString("channel"),
                rs.getString("thread_id"),
                rs.getString("author"),
                rs.getString("text"),
                blocks.read(rs.getString("blocks")),
                rs.getString("visible_to"),
                rs.getString("image_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                edited == null ? null : edited.toInstant(),
                List.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
