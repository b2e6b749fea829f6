package io.socialdesk.oncall.handoff;

import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.OncallProperties;
import io.socialdesk.oncall.notices.OncallNotices;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces each change of who keeps the watch, whether by a handoff or because an absence begins or ends: in the
 * team's channel, and by direct message to the one who takes over and the one who hands over. The first check after
 * the very first start only records who is on watch, since nothing changed hands.
 */
@Component
class HandoffAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(HandoffAnnouncer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd.MM. HH:mm");

    private final OnWatch onWatch;
    private final OncallProperties properties;
    private final Channels channels;
    private final ChatGateway chat;
    private final Team team;
    private final OncallNotices notices;
    private final JdbcClient jdbc;
    private final Clock clock;

    HandoffAnnouncer(
            OnWatch onWatch,
            OncallProperties properties,
            Channels channels,
            ChatGateway chat,
            Team team,
            OncallNotices notices,
            JdbcClient jdbc,
            Clock clock) {
        this.onWatch = onWatch;
        this.properties = properties;
        this.channels = channels;
        this.chat = chat;
        this.team = team;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @SchedulerLock(name = "oncall-handoff")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.oncall-millis:15000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
        try {
            check();
        } catch (RuntimeException ex) {
            log.error("Checking for a handoff of the watch failed; trying again at the next tick", ex);
        }
    }

    /** Announces a change of who keeps the watch since the last check; {@code true} if there was one. */
    @Transactional
    boolean check() {
        Instant now = Instant.now(clock);
        @Nullable String current = onWatch.now(now).orElse(null);
        Optional<Optional<String>> last = jdbc.sql("SELECT person_id FROM oncall_watch WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> Optional.ofNullable(rs.getString("person_id")))
                .optional();
        if (last.isEmpty()) {
            jdbc.sql("INSERT INTO oncall_watch (id, person_id, since) VALUES (1, ?, ?)")
                    .params(current, now.atOffset(ZoneOffset.UTC))
                    .update();
            return false;
        }
        @Nullable String previous = last.get().orElse(null);
        if (Objects.equals(previous, current)) {
            return false;
        }
        jdbc.sql("UPDATE oncall_watch SET person_id = ?, since = ? WHERE id = 1")
                .params(current, now.atOffset(ZoneOffset.UTC))
                .update();
        announce(previous, current, now);
        return true;
    }

    private void announce(@Nullable String previous, @Nullable String current, Instant now) {
        Texts inChannel = notices.teamTexts();
        String until = until(inChannel, now);
        if (current == null) {
            log.warn("Nobody can keep the watch now: everyone in the rotation is away");
            chat.post(
                    channels.channel(properties.channel()),
                    OutgoingMessage.text(inChannel.get("oncall.handoff.nobody")));
        } else {
            log.info("The watch passes from {} to {}", previous, current);
            chat.post(
                    channels.channel(properties.channel()),
                    OutgoingMessage.text(inChannel.get(
                            "oncall.handoff",
                            notices.name(current),
                            previous == null ? "–" : notices.name(previous),
                            until)));
            tell(current, "oncall.handoff.yours", now, null);
        }
        if (previous != null) {
            tell(previous, "oncall.handoff.done", now, current == null ? null : notices.name(current));
        }
    }

    private void tell(String personId, String key, Instant now, @Nullable String other) {
        notices.toPerson(
                personId,
                texts -> OutgoingMessage.text(texts.get(key, until(texts, now), other == null ? "–" : other)));
    }

    private String until(Texts texts, Instant now) {
        Instant next = onWatch.nextHandoff(now);
        return next.equals(Instant.MAX) ? "–" : WHEN.withLocale(texts.locale()).format(next.atZone(team.zone()));
    }
}
