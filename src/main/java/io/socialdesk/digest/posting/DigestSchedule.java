package io.socialdesk.digest.posting;

import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.digest.DigestProperties;
import io.socialdesk.digest.intake.DigestItems;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts each topic's digest to the {@code digest.channel} when {@code digest.schedule} fires in the team's zone. Each
 * firing is posted once (a row per firing, so a second replica or a retry does not post again); a firing missed while
 * the bot was down is made up if it is less than an hour old, since a late morning digest is still useful and a day
 * old one is not. Items older than the rising terms' baseline are forgotten on the way.
 */
@Component
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);
    private static final Duration MAKE_UP_WITHIN = Duration.ofHours(1);

    private final DigestProperties properties;
    private final DigestService digests;
    private final DigestItems items;
    private final ChatGateway chat;
    private final Channels channels;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final JdbcClient jdbc;
    private final Team team;
    private final Clock clock;

    DigestSchedule(
            DigestProperties properties,
            DigestService digests,
            DigestItems items,
            ChatGateway chat,
            Channels channels,
            MessageSource messages,
            UserLanguages languages,
            JdbcClient jdbc,
            Team team,
            Clock clock) {
        this.properties = properties;
        this.digests = digests;
        this.items = items;
        this.chat = chat;
        this.channels = channels;
        this.messages = messages;
        this.languages = languages;
        this.jdbc = jdbc;
        this.team = team;
        this.clock = clock;
    }

    @SchedulerLock(name = "digest-post")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.digest-millis:60000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
        try {
            postIfDue();
        } catch (RuntimeException ex) {
            log.error("Posting the digest failed; trying again at the next tick", ex);
        }
    }

    /** Posts the digests if the schedule fired since the last post; {@code true} if it did. */
    @Transactional
    boolean postIfDue() {
        Instant now = Instant.now(clock);
        Instant fired = lastFiring(now);
        if (fired == null || fired.plus(MAKE_UP_WITHIN).isBefore(now)) {
            return false;
        }
        int claimed = jdbc.sql("INSERT INTO digest_post (fired_at) SELECT ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM digest_post WHERE fired_at = ?)")
                .params(fired.atOffset(ZoneOffset.UTC), fired.atOffset(ZoneOffset.UTC))
                .update();
        if (claimed == 0) {
            return false;
        }
        int forgotten = items.deleteBefore(now.minus(properties.window()).minus(DigestBuilder.BASELINE));
        Texts texts = new Texts(messages, languages.teamLocale());
        for (DigestService.Topic topic : digests.topics(texts)) {
            chat.post(channels.channel(properties.channel()), digests.render(topic, properties.window(), now, texts));
        }
        log.info("posted the digest of {} (forgot {} old items)", fired, forgotten);
        return true;
    }

    /** The latest moment at or before {@code now} the schedule fired, looking back a day. */
    private @Nullable Instant lastFiring(Instant now) {
        ZonedDateTime cursor = now.minus(Duration.ofDays(1)).atZone(team.zone());
        Instant last = null;
        while (true) {
            ZonedDateTime next = properties.schedule().next(cursor, team.zone());
            if (next == null || next.toInstant().isAfter(now)) {
                return last;
            }
            last = next.toInstant();
            cursor = next;
        }
    }
}
