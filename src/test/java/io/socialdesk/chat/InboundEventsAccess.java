package io.socialdesk.chat;

import io.socialdesk.MigratedDatabase;
import java.time.Clock;
import java.util.function.Consumer;

/** Builds {@link InboundEvents} for tests in other packages, on a migrated database with a recording publisher. */
public final class InboundEventsAccess {

    private InboundEventsAccess() {}

    public static InboundEvents create(MigratedDatabase database, Consumer<ChatEvent> published, Clock clock) {
        return new InboundEvents(
                database.jdbc(),
                event -> published.accept((ChatEvent) event),
                database.transactions(),
                clock,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }
}
