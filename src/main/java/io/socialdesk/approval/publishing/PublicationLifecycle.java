package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.card.DraftCards;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.chat.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved draft on its way out: queued per network when its time comes (bound to the content that was
 * approved), checked again before each network goes, and settled as published or handed over once all are done.
 */
@Service
class PublicationLifecycle {

    private static final DateTimeFormatter PLANNED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Drafts drafts;
    private final AuditTrail audit;
    private final Publications publications;
    private final DraftCards cards;
    private final DraftNotices notices;
    private final ApprovalProperties properties;
    private final Clock clock;

    PublicationLifecycle(
            Drafts drafts,
            AuditTrail audit,
            Publications publications,
            DraftCards cards,
            DraftNotices notices,
            ApprovalProperties properties,
            Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.publications = publications;
        this.cards = cards;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /** The approved or scheduled drafts, for the scheduler to queue one by one. */
    List<Long> approvedIds() {
        return drafts.withStatus(DraftStatus.SCHEDULED, DraftStatus.APPROVED).stream()
                .map(Draft::id)
                .toList();
    }

    /** Queues an approved draft whose time has come (or that waits for no time) for every network not yet done. */
    @Transactional
    public void queueIfDue(long id) {
        Instant now = Instant.now(clock);
        Draft draft = drafts.lock(id).orElseThrow();
        boolean due = draft.plannedAt() == null
                ? draft.status() == DraftStatus.APPROVED
                : draft.status() == DraftStatus.SCHEDULED && !draft.plannedAt().isAfter(now);
        if (!due || publications.of(id).stream().anyMatch(row -> !row.done() && !row.failed())) {
            return;
        }
        if (tooLate(draft, now)) {
            Draft late = draft.withStatus(DraftStatus.FAILED, now);
            drafts.update(late);
            audit.record(late, AuditTrail.BOT, AuditAction.TOO_LATE, null, now);
            String planned = PLANNED.format(draft.plannedAt().atZone(draft.zone())) + " ("
                    + draft.zone().getId() + ")";
            notices.inThread(late, "thread.too-late", id, planned, notices.commandRoot());
            notices.toAuthor(late, "author.too-late", id, planned, notices.commandRoot());
            cards.update(late);
            return;
        }
        Draft scheduled = draft.status() == DraftStatus.APPROVED ? draft.withStatus(DraftStatus.SCHEDULED, now) : draft;
        if (publications.queue(scheduled, properties.publishing(), now) > 0) {
            drafts.update(scheduled);
            audit.record(scheduled, AuditTrail.BOT, AuditAction.PUBLISHING, null, now);
        }
    }

    /**
     * Whether a scheduled draft's time passed so long ago that posting it now would surprise everyone. Counted
     * from when it was last scheduled, so a draft retried after such a miss goes out at once.
     */
    private boolean tooLate(Draft draft, Instant now) {
        if (draft.plannedAt() == null) {
            return false;
        }
        Instant since = draft.plannedAt().isAfter(draft.updatedAt()) ? draft.plannedAt() : draft.updatedAt();
        return now.isAfter(since.plus(properties.publishing().maxLateness()));
    }

    /** The draft, if {@code publication} may still go out: it is scheduled and unchanged since it was approved. */
    @Transactional
    public Optional<Draft> stillWanted(Publications.Publication publication) {
        return drafts.lock(publication.draftId())
                .filter(draft -> draft.status() == DraftStatus.SCHEDULED)
                .filter(draft -> draft.contentHash().equals(publication.contentHash()));
    }

    @Transactional
    public void failed(long id, Network network, String reason) {
        Draft draft = drafts.find(id).orElseThrow();
        audit.record(
                draft,
                AuditTrail.BOT,
                AuditAction.PUBLISHING_FAILED,
                network.displayName() + ": " + reason,
                Instant.now(clock));
        notices.inThread(draft, "thread.publishing-failed", id, network.displayName(), reason, notices.commandRoot());
        notices.toAuthor(draft, "author.publishing-failed", id, network.displayName(), reason, notices.commandRoot());
    }

    /**
     * What became of the draft on each network, one line each, in words people understand: published (with the
     * post's link where there is one), handed to the connected tool, posted in a channel, or waiting for the author
     * to post it. Internal message ids never show.
     */
    static String outcomes(Texts texts, List<Publications.Publication> rows) {
        return String.join(
                "\n",
                rows.stream()
                        .map(row -> texts.get(
                                "publication.outcome." + row.publisher().name().toLowerCase(Locale.ROOT),
                                row.network().displayName(),
                                link(row.externalId())))
                        .toList());
    }

    private static String link(@Nullable String externalId) {
        return externalId != null && externalId.matches("https?://\\S+") ? " – " + externalId : "";
    }

    /** Once every network is done, the draft is published (or handed over, if that was all). */
    @Transactional
    public void settle(long id) {
        Draft draft = drafts.lock(id).orElseThrow();
        List<Publications.Publication> rows = publications.of(id);
        if (draft.status() != DraftStatus.SCHEDULED || rows.isEmpty()) {
            return;
        }
        if (!rows.stream().allMatch(Publications.Publication::done)) {
            if (rows.stream().allMatch(row -> row.done() || row.failed())) {
                // nothing left to try by itself: the card, the plan and the calendar say so until someone acts
                Instant now = Instant.now(clock);
                Draft failed = draft.withStatus(DraftStatus.FAILED, now);
                drafts.update(failed);
                audit.record(failed, AuditTrail.BOT, AuditAction.became(DraftStatus.FAILED), null, now);
                cards.update(failed);
            }
            return;
        }
        boolean handedOverOnly =
                rows.stream().allMatch(row -> row.publisher() == ApprovalProperties.Publisher.HANDOVER);
        DraftStatus target = handedOverOnly ? DraftStatus.HANDED_OVER : DraftStatus.PUBLISHED;
        Instant now = Instant.now(clock);
        Draft done = draft.withStatus(target, now);
        drafts.update(done);
        String outcomes = outcomes(notices.teamTexts(), rows);
        audit.record(done, AuditTrail.BOT, AuditAction.became(target), outcomes.replace("\n", "; "), now);
        if (handedOverOnly) {
            notices.inThread(done, "thread.handed-over", id, outcomes);
            notices.toAuthor(done, "author.handed-over", id);
        } else {
            notices.inThread(done, "thread.published", id, outcomes);
            notices.toAuthorIn(done, texts -> texts.get("author.published", id, outcomes(texts, rows)));
        }
        cards.update(done);
    }
}
