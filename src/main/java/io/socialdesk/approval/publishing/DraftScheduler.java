package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.card.AuthorNotices;
import io.socialdesk.approval.deadlines.Deadlines;
import io.socialdesk.approval.plan.WeeklyPlanPost;
import io.socialdesk.http.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The approval queue's clock: expires drafts whose slot comes before their approval, reminds and escalates stalled
 * ones, and publishes approved drafts when their time comes. A slot that passed while the bot was down is handled
 * once, at the next tick. Every decision reads the injected clock, so tests step it instead of waiting.
 */
@Component
public class DraftScheduler {

    private static final Logger log = LoggerFactory.getLogger(DraftScheduler.class);
    /**
     * How long a publication being sent is ours: longer than one call may take (connect and request timeouts),
     * short enough that after a crash another run sends it soon (receivers dedupe on the Idempotency-Key).
     */
    private static final Duration LEASE = Duration.ofMinutes(1);

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
    /** About a day of growing pauses; then the failure is reported in the thread instead of retried for ever. */
    static final int MAX_ATTEMPTS = 30;

    private final Deadlines deadlines;
    private final AuthorNotices authorNotices;
    private final PublicationLifecycle lifecycle;
    private final Publications publications;
    private final WeeklyPlanPost weeklyPlan;
    private final Clock clock;
    private final Map<ApprovalProperties.Publisher, PostPublisher> publishers =
            new EnumMap<>(ApprovalProperties.Publisher.class);

    DraftScheduler(
            Deadlines deadlines,
            AuthorNotices authorNotices,
            PublicationLifecycle lifecycle,
            Publications publications,
            WeeklyPlanPost weeklyPlan,
            List<PostPublisher> publishers,
            Clock clock) {
        this.deadlines = deadlines;
        this.authorNotices = authorNotices;
        this.lifecycle = lifecycle;
        this.publications = publications;
        this.weeklyPlan = weeklyPlan;
        this.clock = clock;
        publishers.forEach(publisher -> this.publishers.put(publisher.kind(), publisher));
    }

    @SchedulerLock(name = "approval-tick")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.approval-millis:30000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
        tickLogged();
    }

    /** Posts are planned to the minute, so a tick at the start of each minute sends them on it, not up to 30 s late. */
    @SchedulerLock(name = "approval-tick")
    @Scheduled(cron = "${socialdesk.ticks.approval-cron:0 * * * * *}")
    void onTheMinute() {
        tickLogged();
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException ex) {
            log.error("Approval tick failed; trying again at the next one", ex);
        }
    }

    /**
     * One pass over everything that is due now. Each draft is handled in a transaction of its own, so one that
     * fails (and is logged) never holds up the others.
     */
    public void tick() {
        Instant now = Instant.now(clock);
        deadlines.overdue(now).forEach(draft -> each("expire", draft.id(), deadlines::expire));
        deadlines.pendingIds().forEach(id -> each("remind", id, deadlines::remind));
        lifecycle.approvedIds().forEach(id -> each("queue", id, lifecycle::queueIfDue));
        authorNotices.due(now).forEach(id -> each("tell the author of", id, authorNotices::tell));
        deliver(now);
        try {
            weeklyPlan.postIfDue(now);
        } catch (RuntimeException ex) {
            log.error("Posting the weekly plan failed; trying again at the next tick", ex);
        }
    }

    private static void each(String what, long draftId, LongConsumer step) {
        try {
            step.accept(draftId);
        } catch (RuntimeException ex) {
            log.error("Could not {} draft #{}; trying again at the next tick", what, draftId, ex);
        }
    }

    private void deliver(Instant now) {
        for (Publications.Publication due : publications.due(now)) {
            if (!publications.claim(due, now, now.plus(LEASE))) {
                continue;
            }
            Optional<Draft> wanted = lifecycle.stillWanted(due);
            if (wanted.isEmpty()) {
                log.info(
                        "Not publishing draft #{} to {}: it changed or was withdrawn since it was approved",
                        due.draftId(),
                        due.network().key());
                publications.discard(due);
                continue;
            }
            publish(wanted.get(), due, now);
            lifecycle.settle(due.draftId());
        }
    }

    private void publish(Draft draft, Publications.Publication due, Instant now) {
        PostPublisher.Publication outcome = publishers.get(due.publisher()).publish(draft, due.network());
        switch (outcome.result()) {
            case DONE -> publications.done(due, outcome.externalId());
            case RETRY -> {
                if (due.attempts() + 1 >= MAX_ATTEMPTS) {
                    giveUp(draft, due, outcome.detail());
                    return;
                }
                Duration wait = outcome.retryAfter() != null ? outcome.retryAfter() : BACKOFF.after(due.attempts() + 1);
                log.info(
                        "Publishing draft #{} to {} failed ({}); trying again in {} s",
                        draft.id(),
                        due.network().key(),
                        outcome.detail(),
                        wait.toSeconds());
                publications.retry(due, now.plus(wait), outcome.detail());
            }
            case FAILED -> giveUp(draft, due, outcome.detail());
        }
    }

    private void giveUp(Draft draft, Publications.Publication due, String reason) {
        log.warn(
                "Publishing draft #{} to {} failed for good: {}",
                draft.id(),
                due.network().key(),
                reason);
        publications.failed(due, reason);
        lifecycle.failed(draft.id(), due.network(), reason);
    }
}
