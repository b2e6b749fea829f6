package io.socialdesk.watch.alerts;

import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertResolved;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import io.socialdesk.watch.WatchProperties;
import io.socialdesk.watch.counting.Mentions;
import io.socialdesk.watch.detection.DetectorState;
import io.socialdesk.watch.detection.Level;
import io.socialdesk.watch.detection.SpikeDetector;
import io.socialdesk.watch.detection.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges every closed bucket of every watchlist, in order, with that watchlist's detector: a raised verdict opens
 * an alert (or makes an open one louder), and an episode that has calmed down ends its alert. The detector's state
 * and the next bucket are stored with what they caused, in one transaction per bucket, so a restart neither skips
 * nor repeats one. After a long downtime the missed buckets are judged too (at most a week of them).
 */
@Component
class BucketWatch {

    private static final Logger log = LoggerFactory.getLogger(BucketWatch.class);
    private static final Duration CATCH_UP = Duration.ofDays(7);

    private final WatchProperties properties;
    private final Detectors detectors;
    private final Mentions mentions;
    private final Alerts alerts;
    private final Mutes mutes;
    private final AlertMessages messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Team team;
    private final Clock clock;

    BucketWatch(
            WatchProperties properties,
            Detectors detectors,
            Mentions mentions,
            Alerts alerts,
            Mutes mutes,
            AlertMessages messages,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Team team,
            Clock clock) {
        this.properties = properties;
        this.detectors = detectors;
        this.mentions = mentions;
        this.alerts = alerts;
        this.mutes = mutes;
        this.messages = messages;
        this.events = events;
        this.transactions = transactions;
        this.team = team;
        this.clock = clock;
    }

    @SchedulerLock(name = "watch-buckets")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.watch-millis:30000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
        try {
            tick();
        } catch (RuntimeException ex) {
            log.error("Judging the watch buckets failed; trying again at the next tick", ex);
        }
    }

    /** Judges every bucket that has closed since the last tick. */
    void tick() {
        Instant now = Instant.now(clock);
        endMutes(now);
        for (WatchProperties.Watchlist watchlist : properties.watchlists()) {
            try {
                while (Boolean.TRUE.equals(transactions.execute(status -> judgeNext(watchlist, now)))) {
                    // one bucket per transaction
                }
            } catch (RuntimeException ex) {
                log.error(
                        "Could not judge the buckets of watchlist {}; trying again at the next tick",
                        watchlist.id(),
                        ex);
            }
        }
    }

    /** Judges the watchlist's next closed bucket, if there is one; {@code true} if it did. */
    private boolean judgeNext(WatchProperties.Watchlist watchlist, Instant now) {
        Duration width = properties.bucket();
        Instant current = Mentions.startOf(now, width);
        Optional<Detectors.Stored> stored = detectors.lock(watchlist.id());
        if (stored.isEmpty()) {
            // nothing learned yet: start with the bucket now open
            detectors.save(
                    watchlist.id(),
                    SpikeDetector.start(watchlist.preset(), width).state().encode(),
                    current);
            return false;
        }
        Instant next = stored.get().nextBucket();
        if (next.isBefore(current.minus(CATCH_UP))) {
            next = current.minus(CATCH_UP);
        }
        if (!next.isBefore(current)) {
            // the bucket [next, next + width) is still open
            return false;
        }
        SpikeDetector detector = resume(watchlist, stored.get().state());
        long count = mentions.counts(watchlist.id(), width, next, next.plus(width)).stream()
                .mapToLong(Mentions.Count::mentions)
                .sum();
        LocalDateTime local = LocalDateTime.ofInstant(next, team.zone());
        Verdict verdict = detector.observe(local, count);
        Instant closedAt = next.plus(width);
        act(watchlist, verdict, count, closedAt, detector.calm());
        detectors.save(watchlist.id(), detector.state().encode(), closedAt);
        return true;
    }

    /** A mute ends by itself when its time is up, and says so where the watchlist's alerts go. */
    private void endMutes(Instant now) {
        for (String watchlistId : mutes.expired(now)) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (mutes.unmute(watchlistId)) {
                        messages.toChannel(watchlistOf(watchlistId), "watch.mute.ended", nameOf(watchlistId));
                    }
                });
            } catch (RuntimeException ex) {
                log.error("Could not end the mute of watchlist {}; trying again at the next tick", watchlistId, ex);
            }
        }
    }

    private String nameOf(String watchlistId) {
        return watchlistOf(watchlistId).map(WatchProperties.Watchlist::name).orElse(watchlistId);
    }

    private Optional<WatchProperties.Watchlist> watchlistOf(String watchlistId) {
        return properties.watchlists().stream()
                .filter(watchlist -> watchlist.id().equals(watchlistId))
                .findFirst();
    }

    private SpikeDetector resume(WatchProperties.Watchlist watchlist, String state) {
        try {
            return SpikeDetector.resume(watchlist.preset(), properties.bucket(), DetectorState.decode(state));
        } catch (IllegalArgumentException ex) {
            log.warn(
                    "The stored detector of watchlist {} is unreadable ({}); it learns again",
                    watchlist.id(),
                    ex.getMessage());
            return SpikeDetector.start(watchlist.preset(), properties.bucket());
        }
    }

    private void act(WatchProperties.Watchlist watchlist, Verdict verdict, long count, Instant closedAt, boolean calm) {
        Optional<Alert> unresolved = alerts.unresolved(watchlist.id());
        if (verdict.raise() && unresolved.isEmpty()) {
            if (mutes.mutedAt(watchlist.id(), closedAt)) {
                log.info("Watchlist {} is muted: no alert for {} mentions", watchlist.id(), count);
            } else {
                open(watchlist, verdict, count, closedAt);
            }
        } else if (unresolved.isPresent()) {
            Alert alert = unresolved.get();
            if (verdict.level() == Level.CRITICAL && alert.severity() == AlertSeverity.WARNING) {
                Alert louder = alert.raisedTo(
                        AlertSeverity.CRITICAL,
                        closedAt,
                        count,
                        verdict.expected(),
                        summary(watchlist, verdict, closedAt));
                alerts.update(louder);
                messages.show(louder, watchlist);
                messages.inThread(louder, "alert.thread.critical", louder.summary());
                events.publishEvent(spike(louder, watchlist));
            } else if (calm) {
                Alert ended = alert.resolved(null, closedAt);
                alerts.update(ended);
                messages.show(ended, watchlist);
                messages.inThread(ended, "alert.thread.calm", watchlist.name());
                events.publishEvent(new AlertResolved(ended.id(), null, closedAt));
            } else if (count > alert.peakMentions()) {
                Alert grown = alert.withPeak(count);
                alerts.update(grown);
                messages.show(grown, watchlist);
            }
        }
    }

    private void open(WatchProperties.Watchlist watchlist, Verdict verdict, long count, Instant closedAt) {
        AlertSeverity severity = verdict.level() == Level.CRITICAL ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
        Alert alert = alerts.open(
                watchlist.id(), severity, closedAt, count, verdict.expected(), summary(watchlist, verdict, closedAt));
        Alert posted = alert.withMessage(messages.post(alert, watchlist, verdict.upper()));
        alerts.update(posted);
        log.info("Alert #{} for watchlist {}: {}", posted.id(), watchlist.id(), posted.summary());
        events.publishEvent(spike(posted, watchlist));
    }

    private SpikeDetected spike(Alert alert, WatchProperties.Watchlist watchlist) {
        return new SpikeDetected(
                alert.id(),
                watchlist.id(),
                watchlist.name(),
                alert.severity(),
                alert.detectedAt(),
                alert.message(),
                alert.summary(),
                false);
    }

    /** "4.7× normal: 412 in the last hour vs ~87 typical", in the team's language. */
    private String summary(WatchProperties.Watchlist watchlist, Verdict verdict, Instant closedAt) {
        Duration hour = Duration.ofHours(1);
        long lastHour = mentions.counts(watchlist.id(), properties.bucket(), closedAt.minus(hour), closedAt).stream()
                .mapToLong(Mentions.Count::mentions)
                .sum();
        double typical =
                verdict.expected() * hour.toSeconds() / properties.bucket().toSeconds();
        double factor = lastHour / Math.max(typical, 1.0);
        return messages.texts().get("alert.summary", factor, lastHour, Math.max(1, Math.round(typical)));
    }
}
