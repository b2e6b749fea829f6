package io.socialdesk.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.socialdesk.config.ReplicaName;
import io.socialdesk.http.Backoff;
import io.socialdesk.http.RetryAfter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    /** Pauses after failed attempts: a second, doubling, at most five minutes. */
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    /** The shortest wait after a 429, also when Retry-After is missing or 0: the queue is not hammered. */
    private static final Duration SHORTEST_RETRY_AFTER = Duration.ofSeconds(1);
    /** How long a queue stays ours after we last touched it; a crashed replica's queues wait this long. */
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** How soon to look again at a queue another replica holds. */
    private static final Duration HELD_ELSEWHERE = Duration.ofSeconds(1);

    private final SlackOutbox outbox;
    private final SlackWebApi slack;
    private final Clock clock;
    private final Duration maxRetryAfter;
    /** This replica, as the owner of the queues it delivers. */
    private final String owner = ReplicaName.forThisStart();

    private volatile boolean stopping;

    SlackDelivery(SlackOutbox outbox, SlackWebApi slack, Clock clock, Duration maxRetryAfter) {
        this.outbox = outbox;
        this.slack = slack;
        this.clock = clock;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** The result of one pass: how many calls went through, and when the next entry falls due. */
    record Pass(int delivered, @Nullable Instant nextDue, boolean slackReachable) {

        /** A pass ended by {@link #stop()}: nothing more is due from this replica. */
        static Pass stopped(int delivered, boolean slackReachable) {
            return new Pass(delivered, null, slackReachable);
        }
    }

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
        return Pass.stopped(delivered, reachable);
    }

    private enum Outcome {
        DELIVERED,
        POSTPONED,
        UNREACHABLE,
        FAILED
    }

    private Outcome deliver(SlackOutbox.Entry entry) {
        SlackCall call = entry.call();
        try {
            if (slack.alreadyMade(call)) {
                // made before a crash or a failed write: marking it delivered must not post it twice
                outbox.delivered(entry);
                return Outcome.DELIVERED;
            }
            if (call.actsOn().filter(outbox::failedMessage).isPresent()) {
                outbox.failed(entry, "the message it refers to could not be posted");
                return Outcome.FAILED;
            }
            Optional<SlackApiTextResponse> answer = slack.call(call);
            if (answer.isEmpty()) {
                backOff(entry, "message " + call.actsOn().orElse("") + " not on Slack yet");
                return Outcome.POSTPONED;
            }
            return answered(entry, answer.get());
        } catch (SlackApiException ex) {
            if (ex.getResponse().code() == 429) {
                Instant now = Instant.now(clock);
                Duration wait = retryAfter(ex.getResponse().header("Retry-After"), now);
                log.info("Slack rate-limits {}; waiting {} s as Retry-After says", entry.queue(), wait.toSeconds());
                outbox.postpone(entry, now.plus(wait), "rate limited", false);
                return Outcome.POSTPONED;
            }
            backOff(entry, "HTTP " + ex.getResponse().code());
            return ex.getResponse().code() >= 500 ? Outcome.UNREACHABLE : Outcome.POSTPONED;
        } catch (IOException | RuntimeException ex) {
            backOff(entry, ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return Outcome.UNREACHABLE;
        }
    }

    private Outcome answered(SlackOutbox.Entry entry, SlackApiTextResponse response) {
        if (response.isOk() || "already_reacted".equals(response.getError())) {
            outbox.delivered(entry);
            return Outcome.DELIVERED;
        }
        if (TRANSIENT_ERRORS.contains(response.getError())) {
            backOff(entry, "Slack answered " + response.getError());
            return Outcome.POSTPONED;
        }
        log.error(
                "Slack refused {} #{} for {}: {}",
                entry.call().getClass().getSimpleName(),
                entry.seq(),
                entry.queue(),
                response.getError());
        outbox.failed(entry, response.getError());
        return Outcome.FAILED;
    }

    /** Postpones the entry by the pause its failed attempts earn, this one included. */
    private void backOff(SlackOutbox.Entry entry, String reason) {
        outbox.postpone(entry, Instant.now(clock).plus(BACKOFF.after(entry.attempts() + 1)), reason, true);
    }

    private Duration retryAfter(@Nullable String header, Instant now) {
        Duration wait = RetryAfter.parse(header, now, maxRetryAfter).orElse(SHORTEST_RETRY_AFTER);
        return wait.compareTo(SHORTEST_RETRY_AFTER) < 0 ? SHORTEST_RETRY_AFTER : wait;
    }
}
