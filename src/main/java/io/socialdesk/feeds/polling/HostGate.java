package io.socialdesk.feeds.polling;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness towards each host: at most a few requests to it at a time, and a pause between the starts of two
 * requests. Feeds of one site (many Reddit or YouTube feeds, say) are then fetched one after the other instead of
 * all at once. Waiting blocks the polling thread, which is cheap on virtual threads and bounded on platform ones.
 */
final class HostGate {

    private final int perHost;
    private final long gapNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int perHost, java.time.Duration gap) {
        this.perHost = Math.max(1, perHost);
        this.gapNanos = gap.toNanos();
    }

    /** Waits until a request to {@code host} may start; the caller closes the pass when the request is done. */
    Pass enter(String host) throws InterruptedException {
        Host state =
                hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), name -> new Host(new Semaphore(perHost, true)));
        state.permits.acquire();
        try {
            long wait = state.reserveStart(gapNanos);
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException interrupted) {
            state.permits.release();
            throw interrupted;
        }
        return state.permits::release;
    }

    /** A request slot towards one host. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        private final Semaphore permits;
        private long nextStart = Long.MIN_VALUE;

        Host(Semaphore permits) {
            this.permits = permits;
        }

        /** Reserves the next start time and answers how long to wait for it. */
        synchronized long reserveStart(long gapNanos) {
            long now = System.nanoTime();
            long start = nextStart == Long.MIN_VALUE || nextStart - now < 0 ? now : nextStart;
            nextStart = start + gapNanos;
            return start - now;
        }
    }
}
