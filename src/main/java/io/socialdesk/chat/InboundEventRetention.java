package io.socialdesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets inbound event ids once no platform will retry them any more (Slack retries within the hour), so the
 * table that drops repeats stays small. Deleting is idempotent, so several replicas may run it at once.
 */
@Component
// not final: ShedLock proxies it to take the lock
class InboundEventRetention {

    static final Duration KEEP = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(InboundEventRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    InboundEventRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @SchedulerLock(name = "inbound-event-retention")
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    int forgetOldEvents() {
        Instant cutoff = Instant.now(clock).minus(KEEP);
        int deleted = jdbc.sql("DELETE FROM chat_inbound_event WHERE received_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
        if (deleted > 0) {
            log.info("Forgot {} inbound event ids older than {}", deleted, KEEP);
        }
        return deleted;
    }
}
