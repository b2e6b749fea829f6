package io.socialdesk.approval.draft;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.voting.Votes;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The drafts with their per-network versions; votes and history are in {@link Votes} and {@link AuditTrail}. */
@Repository
public class Drafts {

    private final JdbcClient jdbc;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Draft insert(Draft draft) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO approval_draft (author_id, text, networks, planned_at, zone, campaign, image_url,"
                        + " policy_id, status, content_hash, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        draft.authorId(),
                        draft.text(),
                        networks(draft.networks()),
                        utc(draft.plannedAt()),
                        draft.zone().getId(),
                        draft.campaign(),
                        draft.imageUrl(),
                        draft.policyId(),
                        draft.status().name(),
                        draft.contentHash(),
                        utc(draft.createdAt()),
                        utc(draft.updatedAt()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        replaceVariants(id, draft.variants());
        return find(id).orElseThrow();
    }

    public void update(Draft draft) {
        jdbc.sql("UPDATE approval_draft SET text = ?, status = ?, content_hash = ?, card_channel = ?,"
                        + " card_message = ?, updated_at = ? WHERE id = ?")
                .params(
                        draft.text(),
                        draft.status().name(),
                        draft.contentHash(),
                        draft.card() == null ? null : cardChannel(draft.card()),
                        draft.card() == null ? null : draft.card().id(),
                        utc(draft.updatedAt()),
                        draft.id())
                .update();
    }

    /** Stores the draft's per-network versions, after an edit changed them. */
    void updateVariants(Draft draft) {
        replaceVariants(draft.id(), draft.variants());
    }

    private void replaceVariants(long draftId, Map<Network, String> variants) {
        jdbc.sql("DELETE FROM approval_variant WHERE draft_id = ?")
                .param(draftId)
                .update();
        variants.forEach(
                (network, text) -> jdbc.sql("INSERT INTO approval_variant (draft_id, network, text) VALUES (?, ?, ?)")
                        .params(draftId, network.name(), text)
                        .update());
    }

    /** The drafts with their variants, read for all of them in one query. */
    private List<Draft> withVariants(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return drafts;
        }
        Map<Long, Map<Network, String>> variants = new HashMap<>();
        jdbc.sql("SELECT draft_id, network, text FROM approval_variant WHERE draft_id IN (:ids)")
                .param("ids", drafts.stream().map(Draft::id).toList())
                .query(rs -> {
                    variants.computeIfAbsent(rs.getLong("draft_id"), id -> new EnumMap<>(Network.class))
                            .put(Network.valueOf(rs.getString("network")), rs.getString("text"));
                });
        return drafts.stream()
                .map(draft ->
                        variants.containsKey(draft.id()) ? draft.withStoredVariants(variants.get(draft.id())) : draft)
                .toList();
    }

    public Optional<Draft> find(long id) {
        return one("SELECT * FROM approval_draft WHERE id = ?", id);
    }

    /** The draft, locked until the transaction ends, so votes on one draft are counted one after another. */
    public Optional<Draft> lock(long id) {
        return one("SELECT * FROM approval_draft WHERE id = ? FOR UPDATE", id);
    }

    private Optional<Draft> one(String sql, long id) {
        return withVariants(jdbc.sql(sql).param(id).query(this::row).list()).stream()
                .findFirst();
    }

    /** Remembers a card an edit replaced, so a late reaction there can be answered. */
    public void supersede(MessageRef card, long draftId) {
        jdbc.sql("INSERT INTO approval_superseded_card (card_channel, card_message, draft_id) VALUES (?, ?, ?)")
                .params(cardChannel(card), card.id(), draftId)
                .update();
    }

    /** The draft whose replaced card {@code card} is. */
    public Optional<Long> idOfSupersededCard(MessageRef card) {
        return jdbc.sql("SELECT draft_id FROM approval_superseded_card WHERE card_channel = ? AND card_message = ?")
                .params(cardChannel(card), card.id())
                .query(Long.class)
                .optional();
    }

    public Optional<Long> idOfCard(MessageRef card) {
        return jdbc.sql("SELECT id FROM approval_draft WHERE card_channel = ? AND card_message = ?")
                .params(cardChannel(card), card.id())
                .query(Long.class)
                .optional();
    }

    public List<Draft> withStatus(DraftStatus... statuses) {
        String placeholders = Arrays.stream(statuses).map(status -> "?").collect(Collectors.joining(","));
        return withVariants(
                jdbc.sql("SELECT * FROM approval_draft WHERE status IN (" + placeholders + ") ORDER BY planned_at, id")
                        .params(Arrays.stream(statuses).map(DraftStatus::name).toList())
                        .query(this::row)
                        .list());
    }

    private Draft row(ResultSet rs, int row) throws SQLException {
        String cardChannel = rs.getString("card_channel");
        String cardMessage = rs.getString("card_message");
        return new Draft(
                rs.getLong("id"),
                rs.getString("author_id"),
                rs.getString("text"),
                Map.of(),
                Arrays.stream(rs.getString("networks").split(","))
                        .filter(key -> !key.isBlank())
                        .map(Network::parse)
                        .toList(),
                instantOrNull(rs, "planned_at"),
                ZoneId.of(rs.getString("zone")),
                rs.getString("campaign"),
                rs.getString("image_url"),
                rs.getString("policy_id"),
                DraftStatus.valueOf(rs.getString("status")),
                rs.getString("content_hash"),
                cardChannel == null || cardMessage == null ? null : card(cardChannel, cardMessage),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    /** Cards are stored as {@code platform:channel}, so a draft keeps its card if the platform changes. */
    private static String cardChannel(MessageRef card) {
        return card.channel().platform().key() + ":" + card.channel().id();
    }

    private static MessageRef card(String stored, String message) {
        int colon = stored.indexOf(':');
        Platform platform = Platform.valueOf(stored.substring(0, colon).toUpperCase(Locale.ROOT));
        return new MessageRef(new ChannelRef(platform, stored.substring(colon + 1)), message);
    }

    private static String networks(List<Network> networks) {
        return networks.stream().map(Network::key).collect(Collectors.joining(","));
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable String cut(@Nullable String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }
}
