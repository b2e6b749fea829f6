package io.socialdesk;

import io.socialdesk.local.LocalChatClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bot in a JVM of its own, so a test can kill it as a crash would ({@code kill -9}: no shutdown hook, no
 * graceful close) and start it again on the same database. Its clock runs {@link OffsetClock}'s offset ahead.
 */
public final class BotProcess implements AutoCloseable {

    private final Path folder;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> variables = new java.util.HashMap<>();
    private final int port = freePort();
    private Process process;
    private int starts;

    public BotProcess(Path folder, String config) {
        this.folder = folder;
        try {
            Files.writeString(folder.resolve("bot-config.yml"), config);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public BotProcess argument(String argument) {
        arguments.add(argument);
        return this;
    }

    public BotProcess variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** Starts the bot and waits until its health endpoint answers UP. */
    public BotProcess start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-D" + OffsetClock.FILE_PROPERTY + "=" + folder.resolve("clock-offset"),
                "-cp",
                System.getProperty("java.class.path"),
                SocialDeskApplication.class.getName(),
                "--spring.main.sources=" + OffsetClock.Source.class.getName(),
                "--config=" + folder.resolve("bot-config.yml"),
                "--server.port=" + port,
                "--socialdesk.data-dir=" + folder.resolve("data")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        folder.resolve("bot-" + (++starts) + ".log").toFile()));
        // nothing of this machine's environment: no tokens, no database settings
        builder.environment().clear();
        builder.environment().putAll(variables);
        try {
            process = builder.start();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        awaitHealthy();
        return this;
    }

    /** Ends the bot as a crash would: SIGKILL, nothing runs in it afterwards. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Moves the bot's clock ahead of the real one. */
    public void clockAhead(Duration offset) {
        try {
            Files.writeString(folder.resolve("clock-offset"), offset.toString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public LocalChatClient chat() {
        return new LocalChatClient(port);
    }

    public String log() {
        try {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= starts; i++) {
                all.append(Files.readString(folder.resolve("bot-" + i + ".log")));
            }
            return all.toString();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot stopped during startup; see its log:\n" + log());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException ex) {
                // not listening yet
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            sleep();
        }
        throw new IllegalStateException("the bot did not become healthy within 90 s; see its log:\n" + log());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
