package io.socialdesk.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds to Slack's Web API. A 429 makes only that conversation wait for its Retry-After;
 * a network failure is tried again with growing pauses; an answer that can never succeed (an unknown channel) is
 * kept as failed with the reason and logged. Nothing is dropped and nothing is sent twice.
 */
final class SlackDelivery {

    private static final Logger log = LoggerFactory.getLogger(SlackDelivery.class);

    /** Errors that mean "try again later", not "this can never work". */
    private static final Set<String> TRANSIENT_ERRORS = Set.of(
            "ratelimited",
            "service_unavailable",
            "internal_error",
            "fatal_error",
            "request_timeout",
            // a token problem is for people to fix; until then messages wait instead of failing
            "invalid_auth",
            "not_authed",
            "token_revoked",
            "token_expired",
            "account_inactive");

    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);
    /** How long a queue stays ours after we last touched it; a crashed replica's queues wait this long. */
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** How soon to look again at a queue another replica holds. */
    private static final Duration HELD_ELSEWHERE = Duration.ofSeconds(1);

    /** Stands for Slack's answer to a call that was already made. */
    private static final SlackApiTextResponse ALREADY_POSTED = alreadyPosted();

    private static SlackApiTextResponse alreadyPosted() {
        var ok = new com.slack.api.methods.response.chat.ChatPostMessageResponse();
        ok.setOk(true);
        return ok;
    }

    private final SlackOutbox outbox;
    private final SlackMessages messages;
    private final MethodsClient slack;
    private final Clock clock;
    private final Duration maxRetryAfter;
    /** This replica, as the owner of the queues it delivers. */
    private final String owner = ReplicaName.create();

    private volatile boolean stopping;

    SlackDelivery(
            SlackOutbox outbox, SlackMessages messages, MethodsClient slack, Clock clock, Duration maxRetryAfter) {
        this.outbox = outbox;
        this.messages = messages;
        this.slack = slack;
        this.clock = clock;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** The result of one pass: how many calls went through, and when the next entry falls due. */
    record Pass(int delivered, @Nullable Instant nextDue, boolean slackReachable) {}

    /**
     * Delivers every entry that is due, queue by queue, until nothing due is left. A queue is delivered by one
     * replica at a time, under a lease; at the end of the pass this replica gives its leases up, so another one
     * can go on with a queue it fills.
     */
    Pass deliverDue() {
        try {
            return deliverDueQueues();
        } finally {
            outbox.release(owner);
        }
    }

    /** Ends the pass under way after the call in flight; nothing after it starts. */
    void stop() {
        stopping = true;
    }

    private Pass deliverDueQueues() {
        int delivered = 0;
        boolean reachable = true;
        while (!stopping) {
            Instant now = Instant.now(clock);
            Instant nextDue = null;
            boolean progressed = false;
            for (SlackOutbox.Entry listed : outbox.headsOfQueues()) {
                if (stopping) {
                    break;
                }
                Instant due = listed.notBefore();
                if (!due.isAfter(now)) {
                    // another replica may have delivered it since the listing: read the head again once it is ours
                    Optional<SlackOutbox.Entry> head = outbox.claim(listed.queue(), owner, now.plus(LEASE))
                            ? outbox.headOf(listed.queue())
                            : Optional.empty();
                    if (head.isPresent() && !head.get().notBefore().isAfter(now)) {
                        Outcome outcome = deliver(head.get());
                        reachable &= outcome != Outcome.UNREACHABLE;
                        if (outcome == Outcome.DELIVERED) {
                            delivered++;
                        }
                        // every attempt changed the entry (sent, failed, or postponed to a new time): list again, so
                        // a postponed entry's new time reaches nextDue and the loop does not sleep past it
                        progressed = true;
                        continue;
                    }
                    due = head.map(SlackOutbox.Entry::notBefore).orElse(now.plus(HELD_ELSEWHERE));
                }
                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
            }
            if (!progressed) {
                return new Pass(delivered, nextDue, reachable);
            }
        }
        return new Pass(delivered, null, reachable);
    }

    private enum Outcome {
        DELIVERED,
        POSTPONED,
        UNREACHABLE,
        FAILED
    }

    private Outcome deliver(SlackOutbox.Entry entry) {
        try {
            SlackApiTextResponse response = call(entry);
            if (response == null) {
                return Outcome.POSTPONED;
            }
            if (response.isOk() || "already_reacted".equals(response.getError())) {
                outbox.delivered(entry);
                return Outcome.DELIVERED;
            }
            if (TRANSIENT_ERRORS.contains(response.getError())) {
                backOff(entry, "Slack answered " + response.getError());
                return Outcome.POSTPONED;
            }
            log.error("Slack refused {} #{} for {}: {}", entry.kind(), entry.seq(), entry.queue(), response.getError());
            outbox.failed(entry, response.getError());
            return Outcome.FAILED;
        } catch (SlackApiException ex) {
            if (ex.getResponse().code() == 429) {
                Duration wait = retryAfter(ex.getResponse().header("Retry-After"));
                log.info("Slack rate-limits {}; waiting {} s as Retry-After says", entry.queue(), wait.toSeconds());
                outbox.postpone(entry, Instant.now(clock).plus(wait), "rate limited", false);
                return Outcome.POSTPONED;
            }
            backOff(entry, "HTTP " + ex.getResponse().code());
            return ex.getResponse().code() >= 500 ? Outcome.UNREACHABLE : Outcome.POSTPONED;
        } catch (IOException | RuntimeException ex) {
            backOff(entry, ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return Outcome.UNREACHABLE;
        }
    }

    /** Makes the Web API call for an entry; {@code null} when it must wait for an earlier message to land first. */
    private @Nullable SlackApiTextResponse call(SlackOutbox.Entry entry) throws IOException, SlackApiException {
        if (entry.messageId() != null && messages.posted(entry.messageId()).isPresent()) {
            // posted before a crash or a failed write: marking it delivered must not post it twice
            return ALREADY_POSTED;
        }
        if (entry.targetId() != null && outbox.failedMessage(entry.targetId())) {
            outbox.failed(entry, "the message it refers to could not be posted");
            return null;
        }
        switch (entry.kind()) {
            case POST, REPLY -> {
                String threadTs = null;
                String channel = entry.channel();
                if (entry.kind() == SlackOutbox.Kind.REPLY) {
                    var parent = messages.posted(entry.targetId());
                    threadTs = parent.map(SlackMessages.Posted::ts).orElse(looksLikeTs(entry.targetId()));
                    if (threadTs == null) {
                        backOff(entry, "thread parent " + entry.targetId() + " not on Slack yet");
                        return null;
                    }
                    // a direct message's channel is only known once it is delivered
                    channel = parent.map(SlackMessages.Posted::channel).orElse(channel);
                }
                String thread = threadTs;
                String target = channel;
                var response = slack.chatPostMessage(request -> request.channel(target)
                        .text(entry.text())
                        .blocksAsString(entry.blocks())
                        .threadTs(thread)
                        .unfurlLinks(false));
                if (response.isOk()) {
                    messages.remember(entry.messageId(), response.getChannel(), response.getTs());
                }
                return response;
            }
            case DIRECT -> {
                var conversation = slack.conversationsOpen(request -> request.users(List.of(entry.userId())));
                if (!conversation.isOk()) {
                    return conversation;
                }
                String channel = conversation.getChannel().getId();
                var response = slack.chatPostMessage(
                        request -> request.channel(channel).text(entry.text()).blocksAsString(entry.blocks()));
                if (response.isOk()) {
                    messages.remember(entry.messageId(), channel, response.getTs());
                }
                return response;
            }
            case UPDATE -> {
                var posted = messages.posted(entry.targetId());
                if (posted.isEmpty()) {
                    backOff(entry, "message " + entry.targetId() + " not on Slack yet");
                    return null;
                }
                return slack.chatUpdate(request -> request.channel(posted.get().channel())
                        .ts(posted.get().ts())
                        .text(entry.text())
                        .blocksAsString(entry.blocks()));
            }
            case REACT -> {
                var posted = messages.posted(entry.targetId());
                String ts = posted.map(SlackMessages.Posted::ts).orElse(looksLikeTs(entry.targetId()));
                if (ts == null) {
                    backOff(entry, "message " + entry.targetId() + " not on Slack yet");
                    return null;
                }
                // a direct message's real channel is only known once it is delivered
                String channel = posted.map(SlackMessages.Posted::channel).orElse(entry.channel());
                return slack.reactionsAdd(
                        request -> request.channel(channel).timestamp(ts).name(entry.emoji()));
            }
            case EPHEMERAL -> {
                return slack.chatPostEphemeral(request -> request.channel(entry.channel())
                        .user(entry.userId())
                        .text(entry.text())
                        .blocksAsString(entry.blocks()));
            }
            case UPLOAD -> {
                return slack.filesUploadV2(request -> request.channel(entry.channel())
                        .fileData(entry.fileBytes())
                        .filename(entry.fileName())
                        .title(entry.fileName())
                        .initialComment(entry.text()));
            }
            case FORM -> {
                View modal = GsonFactory.createSnakeCase().fromJson(entry.blocks(), View.class);
                return slack.viewsOpen(
                        request -> request.triggerId(entry.targetId()).view(modal));
            }
            case HOME -> {
                View view = GsonFactory.createSnakeCase().fromJson(entry.blocks(), View.class);
                return slack.viewsPublish(
                        request -> request.userId(entry.userId()).view(view));
            }
        }
        throw new IllegalStateException("unknown kind " + entry.kind());
    }

    private void backOff(SlackOutbox.Entry entry, String reason) {
        long seconds = Math.min(LONGEST_BACKOFF.toSeconds(), 1L << Math.min(entry.attempts(), 20));
        outbox.postpone(entry, Instant.now(clock).plusSeconds(seconds), reason, true);
    }

    private Duration retryAfter(@Nullable String header) {
        long seconds = 1;
        if (header != null && header.trim().matches("\\d{1,6}")) {
            seconds = Math.max(1, Long.parseLong(header.trim()));
        }
        return Duration.ofSeconds(Math.min(seconds, maxRetryAfter.toSeconds()));
    }

    /** A message of someone else is addressed by its Slack ts directly. */
    private static @Nullable String looksLikeTs(@Nullable String id) {
        return id != null && id.matches("\\d+\\.\\d+") ? id : null;
    }
}
