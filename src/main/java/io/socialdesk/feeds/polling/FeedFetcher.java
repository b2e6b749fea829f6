package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.polling.FetchResult.Failed;
import io.socialdesk.feeds.store.FeedOrigin;
import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.http.RetryAfter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Fetches one feed's address: a conditional GET with the validators of the last good response, gzip accepted and
 * unpacked within a limit, the whole response within the read timeout and the body size limit. Redirects are
 * followed here, not by the client, so each new address is checked like the first one (a chat-added feed must
 * not be redirected onto the bot's own network). Never throws: every problem becomes a {@link Failed} with a reason.
 */
final class FeedFetcher {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(6);
    private static final int ERROR_PAGE_GLANCE = 4 * 1024;

    private final HttpClient client;
    private final FeedPollingProperties limits;
    private final AddressGuard guard;
    private final HostGate hosts;
    private final Clock clock;

    FeedFetcher(FeedPollingProperties limits, AddressGuard guard, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.limits = limits;
        this.guard = guard;
        this.hosts = new HostGate(limits.perHostConcurrency(), limits.perHostGap());
        this.clock = clock;
    }

    FetchResult fetch(FeedSource feed) {
        URI url = feed.url();
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            Optional<String> refused = guard.refusal(url, feed.origin());
            if (refused.isPresent()) {
                return Failed.permanentFailure(
                        hop == 0 ? refused.get() : "a redirect to " + url.getHost() + " is refused: " + refused.get());
            }
            HttpResponse<byte[]> response;
            try (HostGate.Pass pass = hosts.enter(url.getHost())) {
                response = send(request(feed, url));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Failed.transientFailure("the poll was interrupted (the bot is stopping)");
            } catch (IOException failure) {
                return Failed.transientFailure(describe(failure));
            }
            int status = response.statusCode();
            if (status == 304) {
                return new FetchResult.NotModified();
            }
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return Failed.transientFailure("HTTP " + status + " without a Location to go on to");
                }
                try {
                    url = url.resolve(location.get().strip().replace(" ", "%20"));
                } catch (IllegalArgumentException unreadable) {
                    return Failed.transientFailure("HTTP " + status + " to an unreadable address");
                }
                continue;
            }
            if (status == 410) {
                return Failed.permanentFailure("HTTP 410: the feed is gone for good");
            }
            if (status != 200) {
                Duration retryAfter = status == 429 || status == 503
                        ? RetryAfter.parse(
                                        response.headers()
                                                .firstValue("Retry-After")
                                                .orElse(null),
                                        Instant.now(clock),
                                        LONGEST_RETRY_AFTER)
                                .orElse(null)
                        : null;
                return new Failed("HTTP " + status, false, retryAfter);
            }
            return unpack(response, url);
        }
        return Failed.transientFailure("more than " + limits.maxRedirects() + " redirects");
    }

    private HttpRequest request(FeedSource feed, URI url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header(
                        "Accept",
                        "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
                                + " */*;q=0.5")
                .header("Accept-Encoding", "gzip");
        // an empty If-None-Match can earn a 200 where a 304 was due: only sent when there is one
        if (feed.etag() != null && !feed.etag().isBlank()) {
            request.header("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null && !feed.lastModified().isBlank()) {
            request.header("If-Modified-Since", feed.lastModified());
        }
        return request.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        AtomicReference<@Nullable LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> {
            boolean document = info.statusCode() == 200;
            LimitedBody limited =
                    new LimitedBody(document ? limits.maxBodySize().toBytes() : ERROR_PAGE_GLANCE, document);
            body.set(limited);
            return limited;
        });
        try {
            // the request's own timeout covers the wait for the headers; this one also covers the body
            return exchange.get(limits.readTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            LimitedBody limited = body.get();
            HttpTimeoutException timeout = new HttpTimeoutException(
                    "the response took longer than " + limits.readTimeout().toSeconds() + " s");
            if (limited != null) {
                limited.abort(timeout);
            }
            exchange.cancel(true);
            throw timeout;
        } catch (ExecutionException failed) {
            LimitedBody limited = body.get();
            if (limited != null && limited.overflowed()) {
                throw new LimitedBody.TooLarge(limits.maxBodySize().toBytes());
            }
            Throwable cause = failed.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "unknown failure" : cause.toString(), cause);
        }
    }

    private FetchResult unpack(HttpResponse<byte[]> response, URI url) {
        byte[] body = response.body();
        String encoding = response.headers()
                .firstValue("Content-Encoding")
                .orElse("")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            long cap = limits.maxUnpackedSize().toBytes();
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
                if (body.length > cap) {
                    return Failed.transientFailure("the feed unpacks to more than " + size(limits.maxUnpackedSize()));
                }
            } catch (ZipException broken) {
                return Failed.transientFailure("the gzip body is broken: " + broken.getMessage());
            } catch (IOException broken) {
                return Failed.transientFailure(
                        "the gzip body is unreadable: " + broken.getClass().getSimpleName());
            }
        } else if (!encoding.isEmpty() && !encoding.equals("identity")) {
            return Failed.transientFailure("the server sent the feed in an encoding we did not ask for: " + encoding);
        }
        return new FetchResult.Fetched(
                body,
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null),
                url);
    }

    private String describe(IOException failure) {
        if (failure instanceof LimitedBody.TooLarge) {
            return "the feed is larger than " + size(limits.maxBodySize());
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + limits.connectTimeout().toSeconds() + " s";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no complete answer within " + limits.readTimeout().toSeconds() + " s";
        }
        if (failure instanceof ConnectException) {
            return "the server refused the connection";
        }
        if (failure instanceof UnknownHostException) {
            return "the host is unknown";
        }
        if (failure instanceof SSLException) {
            return "the TLS handshake failed: " + failure.getMessage();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The origin-independent reading: only an address check, for the chat command before a feed is stored. */
    Optional<String> refusal(URI url, FeedOrigin origin) {
        return guard.refusal(url, origin);
    }
}
