package io.socialdesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.socialdesk.chat.ConnectionState;
import io.socialdesk.chat.Platform;
import io.socialdesk.http.Backoff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connects to Slack after the application has started, never during: a Slack outage must not keep the bot, or
 * its health endpoint, from starting. Retries with growing pauses, and reports its state for the health endpoint.
 * Also runs the delivery loop that empties the outbox.
 */
final class SlackConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackConnection.class);
    /** Pauses between tries to connect: a second, doubling, at most a minute. */
    private static final Backoff RECONNECT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    /** How long stopping waits for the call in flight to be answered and recorded. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final App app;
    private final SlackCredentials credentials;
    private final SlackDelivery delivery;
    private final Supplier<SlackSocketListener> socketListener;
    private final Clock clock;
    private final AtomicReference<ConnectionState> state;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();

    private volatile boolean running;
    private volatile boolean woken;
    private volatile boolean connected;
    private @Nullable Thread connector;
    private @Nullable Thread deliverer;
    private @Nullable SocketModeApp socketMode;

    SlackConnection(
            App app,
            SlackCredentials credentials,
            SlackDelivery delivery,
            Supplier<SlackSocketListener> socketListener,
            Clock clock) {
        this.app = app;
        this.credentials = credentials;
        this.delivery = delivery;
        this.socketListener = socketListener;
        this.clock = clock;
        this.state = new AtomicReference<>(state(ConnectionState.Status.CONNECTING, "starting"));
    }

    ConnectionState state() {
        return state.get();
    }

    /**
     * Slack said the app was uninstalled or its token revoked ({@code event}). Health shows it until a delivery
     * succeeds again, which means the app was installed again.
     */
    void uninstalled(String event) {
        state.set(state(
                ConnectionState.Status.UNINSTALLED,
                "Slack sent " + event + ": the app was uninstalled or"
                        + " its token revoked; reinstall it and set the new SLACK_BOT_TOKEN"));
    }

    @Override
    public void start() {
        running = true;
        connector = daemon("slack-connector", this::connect);
        deliverer = daemon("slack-delivery", this::deliverLoop);
    }

    @Override
    public void stop() {
        running = false;
        delivery.stop();
        wake();
        if (connector != null) {
            connector.interrupt();
        }
        if (deliverer != null) {
            // not interrupted: a call cut off after Slack got it, but before it was recorded, would go out twice
            // (again by another replica); the call in flight ends within its timeout
            try {
                deliverer.join(STOP_WAIT.toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            deliverer.interrupt();
        }
        if (socketMode != null) {
            try {
                socketMode.stop();
            } catch (Exception ex) {
                log.debug("Socket Mode did not stop cleanly", ex);
            }
        }
        state.set(state(ConnectionState.Status.DISCONNECTED, "stopped"));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Delivery starts once the queue's transaction has committed, so it never sees half a change. */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void connect() {
        int failures = 0;
        while (running) {
            try {
                if (credentials.mode() == SlackCredentials.Mode.SOCKET) {
                    SlackSocketListener listener = socketListener.get();
                    socketMode = new SocketModeApp(
                            () -> {
                                try {
                                    return listener.attachTo(app.slack().socketMode(credentials.appToken()));
                                } catch (IOException ex) {
                                    throw new UncheckedIOException(ex);
                                }
                            },
                            app);
                    socketMode.startAsync();
                    state.set(state(ConnectionState.Status.CONNECTED, "Socket Mode"));
                } else {
                    var identity = app.client().authTest(request -> request);
                    if (!identity.isOk()) {
                        throw new IllegalStateException("auth.test answered " + identity.getError());
                    }
                    app.start();
                    state.set(state(ConnectionState.Status.CONNECTED, "HTTP Events API as " + identity.getUser()));
                }
                connected = true;
                log.info("Connected to Slack ({})", state.get().detail());
                wake();
                return;
            } catch (Exception ex) {
                Duration pause = RECONNECT.after(++failures);
                // an uninstall Slack told us about stays on show: retrying cannot help until the app is back
                state.updateAndGet(current -> current.status() == ConnectionState.Status.UNINSTALLED
                        ? current
                        : state(
                                ConnectionState.Status.RECONNECTING,
                                "retrying: " + ex.getClass().getSimpleName()));
                log.warn("Cannot reach Slack ({}); trying again in {} s", ex.getMessage(), pause.toSeconds());
                if (!sleep(pause)) {
                    return;
                }
            }
        }
    }

    private void deliverLoop() {
        while (running) {
            Instant nextDue = null;
            try {
                SlackDelivery.Pass pass = delivery.deliverDue();
                nextDue = pass.nextDue();
                reportReachability(pass);
                reportSocket();
            } catch (RuntimeException ex) {
                log.error("Slack delivery pass failed; trying again shortly", ex);
            }
            awaitWork(nextDue);
        }
    }

    /** The Web API's answers show an outage (and its end) even while the event connection stays up. */
    private void reportReachability(SlackDelivery.Pass pass) {
        ConnectionState.Status status = state.get().status();
        if (!pass.slackReachable() && status == ConnectionState.Status.CONNECTED) {
            log.warn("Slack's Web API is unreachable; messages stay queued and are sent once it answers again");
            state.set(state(ConnectionState.Status.RECONNECTING, "Web API unreachable; messages are queued"));
        } else if (pass.slackReachable()
                && pass.delivered() > 0
                && connected
                && status != ConnectionState.Status.CONNECTED) {
            log.info("Slack's Web API answers again");
            state.set(state(ConnectionState.Status.CONNECTED, "Web API reachable again"));
        }
    }

    /** Bolt reconnects Socket Mode by itself; health should show while it is away. */
    private void reportSocket() {
        SocketModeApp socket = socketMode;
        if (socket == null || !connected) {
            return;
        }
        boolean up;
        try {
            up = socket.getClient() != null && socket.getClient().verifyConnection();
        } catch (RuntimeException ex) {
            up = false;
        }
        ConnectionState.Status status = state.get().status();
        if (!up && status == ConnectionState.Status.CONNECTED) {
            log.warn("Slack's Socket Mode connection dropped; Bolt is reconnecting");
            state.set(state(ConnectionState.Status.RECONNECTING, "Socket Mode reconnecting"));
        } else if (up && status == ConnectionState.Status.RECONNECTING) {
            state.set(state(ConnectionState.Status.CONNECTED, "Socket Mode"));
        }
    }

    private void awaitWork(@Nullable Instant nextDue) {
        long waitMillis = nextDue == null
                ? TimeUnit.SECONDS.toMillis(30)
                : Math.max(10, Duration.between(Instant.now(clock), nextDue).toMillis());
        lock.lock();
        try {
            if (!woken && running) {
                work.await(waitMillis, TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ConnectionState state(ConnectionState.Status status, String detail) {
        return new ConnectionState(Platform.SLACK, status, detail, Instant.now(clock));
    }
}
