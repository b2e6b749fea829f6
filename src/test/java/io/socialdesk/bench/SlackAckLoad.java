package io.socialdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends signed {@code reaction_added} events at a fixed rate and reports the acknowledgement latency. Latency is
 * measured from when a request was due, not when it left, so a stalled server cannot hide its queue
 * (coordinated omission). An event counts as lost unless Slack's 3-second deadline saw a 200.
 *
 * <p>Usage: {@code SlackAckLoad NAME URL RATE_PER_SECOND SECONDS WARMUP_SECONDS}, signing secret in
 * {@code SLACK_SIGNING_SECRET}.
 */
public final class SlackAckLoad {

    private static final Duration SLACK_DEADLINE = Duration.ofSeconds(3);

    public static void main(String[] args) throws Exception {
        String name = args[0];
        URI target = URI.create(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String secret = System.getenv("SLACK_SIGNING_SECRET");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16))
                .build();

        run(http, target, secret, rate, warmup, name + "-warmup");
        Result result = run(http, target, secret, rate, seconds, name);
        System.out.printf(
                "%s: %d events at %d/s for %d s: p50 %.2f ms, p99 %.2f ms, max %.2f ms, lost %d%n",
                name, result.sent, rate, seconds, result.p50, result.p99, result.max, result.lost);
        System.exit(0);
    }

    record Result(int sent, double p50, double p99, double max, int lost) {}

    private static Result run(HttpClient http, URI target, String secret, int rate, int seconds, String runId)
            throws InterruptedException {
        int total = rate * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger lost = new AtomicInteger();
        CompletableFuture<?>[] all = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest request = signed(target, secret, runId + "-" + i);
            all[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(SLACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((response, failure) -> {
                        long latency = System.nanoTime() - due;
                        if (failure != null || response.statusCode() != 200 || latency > SLACK_DEADLINE.toNanos()) {
                            lost.incrementAndGet();
                        }
                        latencies.add(latency);
                        return null;
                    });
        }
        CompletableFuture.allOf(all).join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(
                total, millis(sorted, 0.50), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6, lost.get());
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static HttpRequest signed(URI target, String secret, String eventId) {
        long now = Instant.now().getEpochSecond();
        String body = ("{\"type\":\"event_callback\",\"event_id\":\"%s\",\"event_time\":%d,\"team_id\":\"T1\","
                        + "\"api_app_id\":\"A1\",\"event\":{\"type\":\"reaction_added\",\"user\":\"UBEN\","
                        + "\"reaction\":\"white_check_mark\",\"item\":{\"type\":\"message\",\"channel\":\"CSOCIAL\","
                        + "\"ts\":\"1700000000.000100\"},\"event_ts\":\"%d.000100\"}}")
                .formatted(eventId, now, now);
        String timestamp = String.valueOf(now);
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0="
                    + HexFormat.of()
                            .formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private SlackAckLoad() {}
}
