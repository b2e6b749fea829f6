package io.socialdesk.approval.draft;

import io.socialdesk.approval.Draft;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Everything that happened to each draft, who did it and when; written once, never changed. */
@Repository
public class AuditTrail {

    /** The actor of what the bot does by itself (expiry, reminders, publishing). */
    public static final String BOT = "socialdesk";

    /** One line of a draft's history. */
    public record Entry(String actorId, AuditAction action, @Nullable String detail, Instant at) {}

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Draft draft, String actorId, AuditAction action, @Nullable String detail, Instant at) {
        jdbc.sql("INSERT INTO approval_audit (draft_id, actor_id, action, detail, content_hash, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        draft.id(),
                        actorId,
                        action.key(),
                        cut(detail),
                        draft.contentHash(),
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Entry> history(long draftId) {
        return jdbc.sql("SELECT actor_id, action, detail, at FROM approval_audit WHERE draft_id = ? ORDER BY id")
                .param(draftId)
                .query((rs, row) -> new Entry(
                        rs.getString("actor_id"),
                        AuditAction.ofKey(rs.getString("action")),
                        rs.getString("detail"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static @Nullable String cut(@Nullable String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }
}
