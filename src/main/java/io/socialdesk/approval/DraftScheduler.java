package io.socialdesk.approval;

import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approval queue's clock: expires drafts whose slot comes before their approval, reminds and escalates stalled
 * ones, and publishes approved drafts when their time comes. A slot that passed while the bot was down is handled
 * once, at the next tick. Every decision reads the injected clock, so tests step it instead of waiting.
 */
@Component
class DraftScheduler {

    private static final Logger log = LoggerFactory.getLogger(DraftScheduler.class);
    /**
     * How long a publication being sent is ours: longer than one call may take (connect and request timeouts),
     * short enough that after a crash another run sends it soon (receivers dedupe on the Idempotency-Key).
     */
    private static final Duration LEASE = Duration.ofMinutes(1);

    private static final Duration LONGEST_BACKOFF = Duration.ofHours(1);
    /** About a day of growing pauses; then the failure is reported in the thread instead of retried for ever. */
    static final int MAX_ATTEMPTS = 30;

    private final DraftService drafts;
    private final Publications publications;
    private final WeeklyPlanPost weeklyPlan;
    private final Clock clock;
    private final Map<ApprovalProperties.Publisher, PostPublisher> publishers =
            new EnumMap<>(ApprovalProperties.Publisher.class);

    DraftScheduler(
            DraftService drafts,
            Publications publications,
            WeeklyPlanPost weeklyPlan,
            ApprovalProperties properties,
            PublishingSecrets secrets,
            ChatGateway chat,
            Channels channels,
            MessageSource messages,
            UserLanguages languages,
            JsonMapper json,
            Clock clock) {
        this.drafts = drafts;
        this.publications = publications;
        this.weeklyPlan = weeklyPlan;
        this.clock = clock;
        ApprovalProperties.Publishing publishing = properties.publishing();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        publishers.put(
                ApprovalProperties.Publisher.HANDOVER,
                new ChatPublishers.Handover(chat, () -> new Texts(messages, languages.teamLocale())));
        publishers.put(
                ApprovalProperties.Publisher.CHAT,
                new ChatPublishers.ChannelPost(chat, channels, publishing.chatChannel()));
        if (publishing.webhookUrl() != null) {
            publishers.put(
                    ApprovalProperties.Publisher.WEBHOOK,
                    new HttpPublishers.Webhook(http, json, publishing.webhookUrl(), secrets.webhookSecret(), clock));
        }
        if (publishing.mastodonInstance() != null) {
            publishers.put(
                    ApprovalProperties.Publisher.MASTODON,
                    new HttpPublishers.Mastodon(http, json, publishing.mastodonInstance(), secrets.mastodonToken()));
        }
    }

    @SchedulerLock(name = "approval-tick")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.approval-millis:30000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
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
    void tick() {
        Instant now = Instant.now(clock);
        drafts.overdue(now).forEach(draft -> each("expire", draft.id(), drafts::expire));
        drafts.pendingIds().forEach(id -> each("remind", id, drafts::remind));
        drafts.approvedIds().forEach(id -> each("queue", id, drafts::queueIfDue));
        deliver(now);
        try {
            weeklyPlan.postIfDue(now);
        } catch (RuntimeException ex) {
            log.error("Posting the weekly plan failed; trying again at the next tick", ex);
        }
    }

    private static void each(String what, long draftId, java.util.function.LongConsumer step) {
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
            Optional<Draft> wanted = drafts.stillWanted(due);
            if (wanted.isEmpty()) {
                log.info(
                        "Not publishing draft #{} to {}: it changed or was withdrawn since it was approved",
                        due.draftId(),
                        due.network().key());
                publications.discard(due);
                continue;
            }
            Draft draft = wanted.get();
            PostPublisher publisher = publishers.get(due.publisher());
            PostPublisher.Publication outcome = publisher == null
                    ? PostPublisher.Publication.failed(due.publisher().name().toLowerCase() + " is not configured")
                    : publisher.publish(draft, due.network());
            switch (outcome.result()) {
                case DONE -> publications.done(due, outcome.externalId());
                case RETRY -> {
                    if (due.attempts() + 1 >= MAX_ATTEMPTS) {
                        publications.failed(due, outcome.detail());
                        drafts.publishingFailed(draft.id(), due.network(), outcome.detail());
                        break;
                    }
                    Duration wait = outcome.retryAfter() != null ? outcome.retryAfter() : backoff(due.attempts() + 1);
                    log.info(
                            "Publishing draft #{} to {} failed ({}); trying again in {} s",
                            draft.id(),
                            due.network().key(),
                            outcome.detail(),
                            wait.toSeconds());
                    publications.retry(due, now.plus(wait), outcome.detail());
                }
                case FAILED -> {
                    log.warn(
                            "Publishing draft #{} to {} failed for good: {}",
                            draft.id(),
                            due.network().key(),
                            outcome.detail());
                    publications.failed(due, outcome.detail());
                    drafts.publishingFailed(draft.id(), due.network(), outcome.detail());
                }
            }
            drafts.settle(draft.id());
        }
    }

    private static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }
}
