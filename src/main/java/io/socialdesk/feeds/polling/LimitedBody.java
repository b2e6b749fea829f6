package io.socialdesk.feeds.polling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a limit. Past it, the download is cancelled at once: as a failure for a feed
 * (too large), or quietly for a body we only glance at (an error page). {@link #abort} ends a body that takes too
 * long, which the JDK's client would otherwise wait for forever.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body grew past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private final boolean failWhenFull;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.@Nullable Subscription subscription;
    private volatile boolean overflowed;

    LimitedBody(long limit, boolean failWhenFull) {
        this.limit = limit;
        this.failWhenFull = failWhenFull;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int room = (int) Math.min(buffer.remaining(), limit - bytes.size());
            byte[] chunk = new byte[room];
            buffer.get(chunk);
            bytes.write(chunk, 0, room);
            if (buffer.hasRemaining()) {
                // the result first: cancelling makes the client fail the exchange with a vaguer reason
                if (failWhenFull) {
                    overflowed = true;
                    result.completeExceptionally(new TooLarge(limit));
                } else {
                    result.complete(bytes.toByteArray());
                }
                cancel();
                return;
            }
        }
        Flow.Subscription current = subscription;
        if (current != null) {
            current.request(1);
        }
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    /** Whether the body grew past the limit (and the download was cancelled for it). */
    boolean overflowed() {
        return overflowed;
    }

    /** Stops the download, e.g. when it takes too long. */
    void abort(IOException why) {
        result.completeExceptionally(why);
        cancel();
    }
}
