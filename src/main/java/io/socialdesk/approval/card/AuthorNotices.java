package io.socialdesk.approval.card;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.draft.Drafts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the author where their draft stands after votes changed it: approved, rejected, back for changes, on hold,
 * or waiting again (an approval withdrawn, a hold lifted). A change is noted at once but told only after a short
 * quiet period, and only if the draft then stands somewhere else than the author was last told: a burst of
 * reactions ends in one message, and a change undone in time in none.
 */
@Service
public class AuthorNotices {

    private final JdbcClient jdbc;
    private final Drafts drafts;
    private final DraftNotices notices;
    private final Clock clock;
    private final Duration quiet;

    AuthorNotices(
            JdbcClient jdbc,
            Drafts drafts,
            DraftNotices notices,
            Clock clock,
            @Value("${socialdesk.ticks.author-notice-delay-millis:30000}") long quietMillis) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.notices = notices;
        this.clock = clock;
        this.quiet = Duration.ofMillis(quietMillis);
    }

    /** The draft's votes moved it, because of {@code actorId}; the author hears of it once things are quiet. */
    public void changed(Draft draft, String actorId) {
        Instant due = Instant.now(clock).plus(quiet);
        int updated = jdbc.sql("UPDATE approval_author_notice SET actor_id = ?, due_at = ? WHERE draft_id = ?")
                .params(actorId, due.atOffset(ZoneOffset.UTC), draft.id())
                .update();
        if (updated == 0) {
            // the author submitted it, so what they know is that it waits for approval
            jdbc.sql("INSERT INTO approval_author_notice (draft_id, told_status, actor_id, due_at) VALUES (?, ?, ?, ?)")
                    .params(draft.id(), DraftStatus.PENDING.name(), actorId, due.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** The drafts whose quiet period is over. */
    public List<Long> due(Instant now) {
        return jdbc.sql("SELECT draft_id FROM approval_author_notice WHERE due_at <= ? ORDER BY draft_id")
                .param(now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .list();
    }

    /** Tells the author where the draft stands now, if that differs from what they were told last. */
    @Transactional
    public void tell(long draftId) {
        Optional<Draft> found = drafts.lock(draftId);
        record Notice(DraftStatus told, String actorId) {}
        Optional<Notice> notice = jdbc.sql(
                        "SELECT told_status, actor_id FROM approval_author_notice WHERE draft_id = ? AND due_at IS NOT NULL")
                .param(draftId)
                .query((rs, row) ->
                        new Notice(DraftStatus.valueOf(rs.getString("told_status")), rs.getString("actor_id")))
                .optional();
        if (found.isEmpty() || notice.isEmpty()) {
            return;
        }
        Draft draft = found.get();
        @Nullable DraftStatus now = told(draft.status());
        DraftStatus before = notice.get().told();
        if (now != before && now != null) {
            String actor = notices.name(notice.get().actorId());
            switch (now) {
                case APPROVED -> notices.toAuthor(draft, "author.approved", draft.id());
                case REJECTED -> notices.toAuthor(draft, "author.rejected", draft.id(), actor);
                case CHANGES_REQUESTED ->
                    notices.toAuthor(draft, "author.changes", draft.id(), actor, notices.commandRoot());
                case ON_HOLD -> notices.toAuthor(draft, "author.hold", draft.id(), actor);
                default -> notices.toAuthor(draft, "author.pending-again", draft.id(), before, actor);
            }
        }
        jdbc.sql("UPDATE approval_author_notice SET told_status = ?, due_at = NULL WHERE draft_id = ?")
                .params((now == null ? before : now).name(), draftId)
                .update();
    }

    /**
     * The status as the author is told it: scheduled is approved; one that is told elsewhere (published, expired,
     * cancelled, failed) is none.
     */
    private static @Nullable DraftStatus told(DraftStatus status) {
        return switch (status) {
            case PENDING, APPROVED, REJECTED, CHANGES_REQUESTED, ON_HOLD -> status;
            case SCHEDULED -> DraftStatus.APPROVED;
            default -> null;
        };
    }
}
