package io.socialdesk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running bot's local chat API the way the web page does. */
public final class LocalChatClient {

    public record Response(int status, JsonNode body) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public LocalChatClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response post(String channel, String person, String text) {
        return send(
                "POST", "/api/local/channels/" + channel + "/messages", json(Map.of("person", person, "text", text)));
    }

    public List<JsonNode> messages(String channel, String person) {
        return messages(channel, person, "");
    }

    /** The messages of a channel, with more query parameters, e.g. {@code before=12&limit=50}. */
    public List<JsonNode> messages(String channel, String person, String query) {
        Response response = send(
                "GET",
                "/api/local/channels/" + channel + "/messages?person=" + encode(person)
                        + (query.isEmpty() ? "" : "&" + query),
                null);
        if (response.status() != 200) {
            throw new IllegalStateException("listing messages answered " + response);
        }
        List<JsonNode> messages = new ArrayList<>();
        response.body().forEach(messages::add);
        return messages;
    }

    public Response react(String messageId, String person, String emoji) {
        return send(
                "POST",
                "/api/local/messages/" + messageId + "/reactions",
                json(Map.of("person", person, "emoji", emoji)));
    }

    public Response unreact(String messageId, String person, String emoji) {
        return send(
                "DELETE",
                "/api/local/messages/" + messageId + "/reactions?person=" + encode(person) + "&emoji=" + encode(emoji),
                null);
    }

    public Response click(String messageId, String person, String actionId) {
        return send(
                "POST",
                "/api/local/messages/" + messageId + "/actions",
                json(Map.of("person", person, "actionId", actionId)));
    }

    public Response send(String method, String path, String body) {
        return send(method, path, body, "application/json");
    }

    public Response sendAs(String contentType, String path, String body) {
        return send("POST", path, body, contentType);
    }

    private Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode node = text == null || text.isBlank() || !text.trim().matches("^[\\[{].*")
                    ? json.getNodeFactory().textNode(text == null ? "" : text)
                    : json.readTree(text);
            return new Response(response.statusCode(), node);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private String json(Object value) {
        return json.writeValueAsString(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
