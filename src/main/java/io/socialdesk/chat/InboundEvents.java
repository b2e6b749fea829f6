package io.socialdesk.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way adapters hand people's actions to the features. Each event is recorded by platform and event id
 * and published in the same transaction (the caller's, if there is one), so Spring Modulith's publication
 * registry stores it before listeners run, and a platform's retry of the same event is dropped.
 */
@Service
public final class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry meters;
    // a registry lookup builds and sorts tags on every call; the request path counts every event, so the few
    // (platform, type, outcome) counters are looked up once
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    InboundEvents(
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Publishes {@code event} unless an event with the same platform and id was published before.
     *
     * @return {@code true} if published, {@code false} if it was a repeat
     */
    public boolean publish(ChatEvent event) {
        String platform = event.user().platform().key();
        try {
            // the NOT EXISTS keeps a repeat from failing the caller's transaction; the primary key still guards
            // against two deliveries racing each other
            Boolean published = transactions.execute(status -> {
                int inserted = jdbc.sql("INSERT INTO chat_inbound_event (platform, event_id, received_at)"
                                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM chat_inbound_event"
                                + " WHERE platform = ? AND event_id = ?)")
                        .params(
                                platform,
                                event.eventId(),
                                Instant.now(clock).atOffset(java.time.ZoneOffset.UTC),
                                platform,
                                event.eventId())
                        .update();
                if (inserted == 0) {
                    return false;
                }
                publisher.publishEvent(event);
                return true;
            });
            if (!Boolean.TRUE.equals(published)) {
                log.debug("Dropped repeated {} event {}", platform, event.eventId());
            }
            count(event, Boolean.TRUE.equals(published) ? "published" : "repeated");
            return Boolean.TRUE.equals(published);
        } catch (DuplicateKeyException raced) {
            log.debug("Dropped {} event {} delivered twice at once", platform, event.eventId());
            count(event, "repeated");
            return false;
        }
    }

    private void count(ChatEvent event, String outcome) {
        String platform = event.user().platform().key();
        String type = event.getClass().getSimpleName();
        counters.computeIfAbsent(
                        platform + '/' + type + '/' + outcome,
                        key -> meters.counter(
                                "socialdesk.chat.inbound.events",
                                "platform",
                                platform,
                                "type",
                                type,
                                "outcome",
                                outcome))
                .increment();
    }
}
