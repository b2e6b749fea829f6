package io.socialdesk.config;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs event listeners again whose run failed, or was cut short by a crash (Modulith's staleness monitor marks
 * those failed): on one replica at a time, instead of on every replica at its start.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final FailedEventPublications failed;

    EventResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @SchedulerLock(name = "event-resubmission")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.resubmission-millis:60000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void resubmit() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(30)));
        } catch (RuntimeException ex) {
            log.error("Resubmitting failed event publications failed; trying again at the next run", ex);
        }
    }
}
