package io.socialdesk.approval;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The drafts, their votes and their audit trail. */
@Repository
class Drafts {

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

    void update(Draft draft) {
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
        replaceVariants(draft.id(), draft.variants());
    }

    private void replaceVariants(long draftId, java.util.Map<Network, String> variants) {
        jdbc.sql("DELETE FROM approval_variant WHERE draft_id = ?")
                .param(draftId)
                .update();
        variants.forEach(
                (network, text) -> jdbc.sql("INSERT INTO approval_variant (draft_id, network, text) VALUES (?, ?, ?)")
                        .params(draftId, network.name(), text)
                        .update());
    }

    private java.util.Map<Network, String> variants(long draftId) {
        java.util.Map<Network, String> variants = new java.util.EnumMap<>(Network.class);
        jdbc.sql("SELECT network, text FROM approval_variant WHERE draft_id = ?")
                .param(draftId)
                .query(rs -> {
                    variants.put(Network.valueOf(rs.getString("network")), rs.getString("text"));
                });
        return variants;
    }

    Optional<Draft> find(long id) {
        return jdbc.sql("SELECT * FROM approval_draft WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The draft, locked until the transaction ends, so votes on one draft are counted one after another. */
    Optional<Draft> lock(long id) {
        return jdbc.sql("SELECT * FROM approval_draft WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::row)
                .optional();
    }

    Optional<Long> idOfCard(MessageRef card) {
        return jdbc.sql("SELECT id FROM approval_draft WHERE card_channel = ? AND card_message = ?")
                .params(cardChannel(card), card.id())
                .query(Long.class)
                .optional();
    }

    List<Draft> withStatus(DraftStatus... statuses) {
        String placeholders = Arrays.stream(statuses).map(status -> "?").collect(Collectors.joining(","));
        return jdbc.sql("SELECT * FROM approval_draft WHERE status IN (" + placeholders + ") ORDER BY planned_at, id")
                .params(Arrays.stream(statuses).map(DraftStatus::name).toList())
                .query(this::row)
                .list();
    }

    /** Records a vote; {@code false} if the same vote is already there (a repeated reaction). */
    boolean addVote(long draftId, Vote vote) {
        return jdbc.sql("INSERT INTO approval_vote (draft_id, person_id, step, decision, content_hash, cast_at)"
                                + " SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM approval_vote WHERE draft_id = ?"
                                + " AND person_id = ? AND step = ? AND decision = ? AND content_hash = ?)")
                        .params(
                                draftId,
                                vote.personId(),
                                vote.step(),
                                vote.decision().name(),
                                vote.contentHash(),
                                utc(vote.at()),
                                draftId,
                                vote.personId(),
                                vote.step(),
                                vote.decision().name(),
                                vote.contentHash())
                        .update()
                == 1;
    }

    /**
     * Takes back a person's latest vote of one kind on the current content (someone in two steps keeps the
     * earlier step's vote); {@code false} if there was none.
     */
    boolean withdrawVotes(long draftId, String personId, Decision decision, String contentHash) {
        return jdbc.sql("DELETE FROM approval_vote WHERE draft_id = ? AND person_id = ? AND decision = ?"
                                + " AND content_hash = ? AND step = (SELECT MAX(step) FROM approval_vote"
                                + " WHERE draft_id = ? AND person_id = ? AND decision = ? AND content_hash = ?)")
                        .params(
                                draftId,
                                personId,
                                decision.name(),
                                contentHash,
                                draftId,
                                personId,
                                decision.name(),
                                contentHash)
                        .update()
                > 0;
    }

    List<Vote> votes(long draftId) {
        return jdbc.sql("SELECT * FROM approval_vote WHERE draft_id = ? ORDER BY cast_at")
                .param(draftId)
                .query((rs, row) -> new Vote(
                        rs.getString("person_id"),
                        Decision.valueOf(rs.getString("decision")),
                        rs.getInt("step"),
                        rs.getString("content_hash"),
                        instant(rs, "cast_at")))
                .list();
    }

    /** One line of a draft's history. */
    record AuditEntry(String actorId, String action, @Nullable String detail, Instant at) {}

    void audit(Draft draft, String actorId, String action, @Nullable String detail, Instant at) {
        jdbc.sql("INSERT INTO approval_audit (draft_id, actor_id, action, detail, content_hash, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(draft.id(), actorId, action, cut(detail), draft.contentHash(), utc(at))
                .update();
    }

    List<AuditEntry> history(long draftId) {
        return jdbc.sql("SELECT actor_id, action, detail, at FROM approval_audit WHERE draft_id = ? ORDER BY id")
                .param(draftId)
                .query((rs, row) -> new AuditEntry(
                        rs.getString("actor_id"), rs.getString("action"), rs.getString("detail"), instant(rs, "at")))
                .list();
    }

    private Draft row(ResultSet rs, int row) throws SQLException {
        String cardChannel = rs.getString("card_channel");
        String cardMessage = rs.getString("card_message");
        return new Draft(
                rs.getLong("id"),
                rs.getString("author_id"),
                rs.getString("text"),
                variants(rs.getLong("id")),
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
