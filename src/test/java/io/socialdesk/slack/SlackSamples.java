package io.socialdesk.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request-shaped sample in {@code ../shared/data/slack}, as Slack would post it to {@code /slack/events} and
 * as it would arrive in a Socket Mode envelope. Inner event objects are wrapped in an {@code event_callback}.
 */
final class SlackSamples {

    static final Path ROOT = Path.of("../shared/data/slack");

    /** One request: its HTTP body and content type, and the Socket Mode envelope type and payload. */
    record Sample(String name, String body, String contentType, String socketType, String socketPayload) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SlackSamples() {}

    static boolean present() {
        return Files.isDirectory(ROOT);
    }

    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (Path file : files("realistic")) {
            String path = ROOT.relativize(file).toString();
            String text = read(file);
            if (path.contains("/envelope/")) {
                samples.add(event(path, text));
            } else if (path.contains("/event/")) {
                samples.add(event(
                        path,
                        "{\"type\":\"event_callback\",\"event_id\":\"Ev" + Math.abs(path.hashCode())
                                + "\",\"event_time\":1700000000,\"team_id\":\"T1\",\"event\":" + text + "}"));
            } else if (path.contains("/interactivity/")) {
                samples.add(interaction(path, text));
            } else if (path.endsWith(".form")) {
                samples.add(command(path, text.strip()));
            }
        }
        for (Path file : files("json-logs/events")) {
            samples.add(event(ROOT.relativize(file).toString(), read(file)));
        }
        for (Path file : files("json-logs/app-backend")) {
            String path = ROOT.relativize(file).toString();
            if (path.contains("slash-commands")) {
                StringBuilder form = new StringBuilder();
                JSON.readTree(read(file)).properties().forEach(field -> form.append(form.isEmpty() ? "" : "&")
                        .append(field.getKey())
                        .append('=')
                        .append(URLEncoder.encode(field.getValue().asString(""), StandardCharsets.UTF_8)));
                samples.add(command(path, form.toString()));
            } else {
                samples.add(interaction(path, read(file)));
            }
        }
        return samples;
    }

    private static Sample event(String name, String json) {
        return new Sample(name, json, "application/json", "events_api", json);
    }

    private static Sample interaction(String name, String json) {
        return new Sample(
                name,
                "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                "interactive",
                json);
    }

    /** Socket Mode sends a command's form fields as JSON. */
    private static Sample command(String name, String form) {
        ObjectNode fields = JSON.createObjectNode();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(
                        pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new Sample(name, form, "application/x-www-form-urlencoded", "slash_commands", fields.toString());
    }

    private static List<Path> files(String folder) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
            return files.filter(Files::isRegularFile)
                    .filter(file ->
                            file.toString().endsWith(".json") || file.toString().endsWith(".form"))
                    .sorted()
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
