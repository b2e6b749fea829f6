package io.socialdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * <p>With two targets it alternates between them for several rounds, in the order A B, B A, A B, ..., each
 * measurement after its own warm-up, and reports each round's p99 of both, the median of the rounds' p99 ratios
 * (first target over second) and the lost events: drift of the machine over the run then shows in the spread of the
 * rounds instead of deciding the verdict.
 *
 * <p>Usage: {@code SlackAckLoad RATE_PER_SECOND SECONDS WARMUP_SECONDS ROUNDS NAME=URL [NAME=URL]}, signing secret
 * in {@code SLACK_SIGNING_SECRET}.
 */
public final class SlackAckLoad {

    private static final Duration SLACK_DEADLINE = Duration.ofSeconds(3);

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<Target> targets =
                Arrays.stream(args, 4, args.length).map(Target::parse).toList();
        String secret = System.getenv("SLACK_SIGNING_SECRET");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16))
                .build();

        List<Result[]> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Result[] measured = new Result[targets.size()];
            for (int i = 0; i < targets.size(); i++) {
                // odd rounds in the given order, even rounds reversed, so neither target always goes first
                int index = round % 2 == 1 ? i : targets.size() - 1 - i;
                Target target = targets.get(index);
                String runId = target.name() + "-r" + round;
                if (warmup > 0) {
                    run(http, target.uri(), secret, rate, warmup, runId + "-warmup");
                }
                measured[index] = run(http, target.uri(), secret, rate, seconds, runId);
            }
            results.add(measured);
            String first = targets.get(round % 2 == 1 ? 0 : targets.size() - 1).name();
            System.out.println(roundLine(round, first, targets, measured));
        }
        for (int i = 0; i < targets.size(); i++) {
            System.out.println(summary(targets.get(i).name(), i, results, rate, seconds, warmup));
        }
        if (targets.size() == 2) {
            double[] ratios =
                    results.stream().mapToDouble(r -> r[0].p99 / r[1].p99).toArray();
            System.out.printf(
                    Locale.ROOT,
                    "median p99 ratio %s / %s over %d rounds: %.2f (rounds: %s)%n",
                    targets.get(0).name(),
                    targets.get(1).name(),
                    rounds,
                    median(ratios),
                    Arrays.stream(ratios)
                            .mapToObj(ratio -> String.format(Locale.ROOT, "%.2f", ratio))
                            .toList());
        }
        System.exit(0);
    }

    record Target(String name, URI uri) {

        static Target parse(String argument) {
            int equals = argument.indexOf('=');
            return new Target(argument.substring(0, equals), URI.create(argument.substring(equals + 1)));
        }
    }

    record Result(int sent, double p50, double p99, double max, int lost) {}

    private static String roundLine(int round, String first, List<Target> targets, Result[] measured) {
        StringBuilder line = new StringBuilder("round " + round + " (" + first + " first):");
        for (int i = 0; i < targets.size(); i++) {
            line.append(String.format(
                    Locale.ROOT,
                    " %s p50 %.2f ms, p99 %.2f ms, max %.2f ms, lost %d;",
                    targets.get(i).name(),
                    measured[i].p50,
                    measured[i].p99,
                    measured[i].max,
                    measured[i].lost));
        }
        if (targets.size() == 2) {
            line.append(String.format(Locale.ROOT, " p99 ratio %.2f", measured[0].p99 / measured[1].p99));
        }
        return line.toString();
    }

    private static String summary(String name, int index, List<Result[]> results, int rate, int seconds, int warmup) {
        double[] p99s = results.stream().mapToDouble(r -> r[index].p99).toArray();
        int sent = results.stream().mapToInt(r -> r[index].sent).sum();
        int lost = results.stream().mapToInt(r -> r[index].lost).sum();
        return String.format(
                Locale.ROOT,
                "%s: %d rounds of %d events at %d/s for %d s (after %d s of warm-up): median p99 %.2f ms"
                        + " (%.2f-%.2f), lost %d of %d",
                name,
                results.size(),
                rate * seconds,
                rate,
                seconds,
                warmup,
                median(p99s),
                Arrays.stream(p99s).min().orElseThrow(),
                Arrays.stream(p99s).max().orElseThrow(),
                lost,
                sent);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

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
