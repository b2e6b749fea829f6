package io.socialdesk.approval.publishing;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.http.RetryAfter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the publishers that leave the chat share: one HTTP client with timeouts, the {@code Idempotency-Key} made
 * of draft, network and content (so a retry after a crash does not post twice on receivers that honour it), and
 * how an answer becomes an outcome: a temporary failure is retried (after its {@code Retry-After}), a refusal that
 * cannot change is not.
 */
@Component
class HttpPublishing {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Clock clock;

    HttpPublishing(Clock clock) {
        this.clock = clock;
    }

    static String idempotencyKey(Draft draft, Network network) {
        return "socialdesk-" + draft.id() + "-" + network.key() + "-"
                + draft.contentHash().substring(0, 16);
    }

    /** Sends {@code request}; once it went out, an answer we cannot read must not make us post it again. */
    PostPublisher.Publication send(HttpRequest request, Function<HttpResponse<String>, @Nullable String> externalId) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | RuntimeException ex) {
            return PostPublisher.Publication.retry(ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return PostPublisher.Publication.retry("interrupted", null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return PostPublisher.Publication.done(externalId.apply(response));
            } catch (RuntimeException unreadable) {
                return PostPublisher.Publication.done(null);
            }
        }
        String detail = "HTTP " + status;
        if (status == 429 || status >= 500 || status == 408) {
            Duration wait = RetryAfter.parse(
                            response.headers().firstValue("Retry-After").orElse(null),
                            Instant.now(clock),
                            LONGEST_RETRY_AFTER)
                    .orElse(null);
            return PostPublisher.Publication.retry(detail, wait);
        }
        return PostPublisher.Publication.failed(detail);
    }
}
