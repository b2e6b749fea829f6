package io.socialdesk.approval.publishing;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.http.RetryAfter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What the publishers that leave the chat share: one {@link RestClient} with timeouts, the {@code Idempotency-Key}
 * made of draft, network and content (so a retry after a crash does not post twice on receivers that honour it),
 * and how an answer becomes an outcome: a temporary failure is retried (after its {@code Retry-After}), a refusal
 * that cannot change is not.
 */
@Component
class HttpPublishing {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    /** What the other side answered to a request that went out. */
    record Answer(HttpHeaders headers, String body) {}

    private final RestClient rest;
    private final Clock clock;

    HttpPublishing(Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        this.rest = RestClient.builder().requestFactory(requests).build();
        this.clock = clock;
    }

    RestClient rest() {
        return rest;
    }

    static String idempotencyKey(Draft draft, Network network) {
        return "socialdesk-" + draft.id() + "-" + network.key() + "-"
                + draft.contentHash().substring(0, 16);
    }

    /** Sends {@code request}; once it went out, an answer we cannot read must not make us post it again. */
    PostPublisher.Publication send(
            RestClient.RequestHeadersSpec<?> request, Function<Answer, @Nullable String> externalId) {
        try {
            return request.exchange((sent, response) -> outcome(
                    response.getStatusCode().value(),
                    new Answer(
                            response.getHeaders(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)),
                    externalId));
        } catch (RestClientException | IllegalStateException ex) {
            Throwable cause = ex.getCause() instanceof IOException io ? io : ex;
            return PostPublisher.Publication.retry(cause.getClass().getSimpleName() + ": " + cause.getMessage(), null);
        }
    }

    private PostPublisher.Publication outcome(
            int status, Answer answer, Function<Answer, @Nullable String> externalId) {
        if (status >= 200 && status < 300) {
            try {
                return PostPublisher.Publication.done(externalId.apply(answer));
            } catch (RuntimeException unreadable) {
                return PostPublisher.Publication.done(null);
            }
        }
        String detail = "HTTP " + status;
        if (status == 429 || status >= 500 || status == 408) {
            Duration wait = RetryAfter.parse(
                            answer.headers().getFirst(HttpHeaders.RETRY_AFTER), Instant.now(clock), LONGEST_RETRY_AFTER)
                    .orElse(null);
            return PostPublisher.Publication.retry(detail, wait);
        }
        return PostPublisher.Publication.failed(detail);
    }
}
