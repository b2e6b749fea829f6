package io.socialdesk.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, before Bolt sees a request, whether the bot handles it. Bolt throws on payloads that lack a field it
 * dereferences (a block action without a user) and answers 404 where no handler fits, which Slack counts as failed
 * deliveries; so only requests carrying every field our handlers need go on to Bolt, and everything else is
 * answered here with 200 and a reason to log. Pure: it reads the body and nothing else.
 */
final class SlackRequestTriage {

    /** Event types the bot listens to, with the fields each needs as text. */
    private static final Map<String, String[]> HANDLED_EVENTS = Map.of(
            "reaction_added", new String[] {"user", "reaction", "item.type", "item.channel", "item.ts"},
            "reaction_removed", new String[] {"user", "reaction", "item.type", "item.channel", "item.ts"},
            "message", new String[] {"channel", "ts"},
            "app_mention", new String[] {"channel", "user"},
            "app_home_opened", new String[] {"user", "tab"});

    private static final Set<String> UNINSTALL_EVENTS = Set.of("app_uninstalled", "tokens_revoked");

    /** What a type or command name from Slack looks like; anything else is not logged as it is. */
    private static final Pattern NAME = Pattern.compile("/?[a-z0-9_.-]{1,40}");

    /** What to do with a request. */
    sealed interface Verdict permits Handle, Answer {}

    /** Bolt takes it: the handlers exist and every field they read is there. */
    record Handle(String kind) implements Verdict {}

    /**
     * Answered here with 200 and {@code json} as body (none when {@code null}); {@code reason} is logged at the
     * given level, never the body.
     */
    record Answer(String kind, String reason, Level level, @Nullable String json) implements Verdict {

        /** A request the bot does not act on, answered with an empty 200. */
        static Answer ignored(String kind, String reason) {
            return withoutBody(kind, reason, Level.INFO);
        }

        static Answer withoutBody(String kind, String reason, Level level) {
            return new Answer(kind, reason, level, null);
        }
    }

    /** How loud a request answered here is logged. */
    enum Level {
        /** Routine, such as Slack's health checks. */
        DEBUG,
        /** A request of a kind the bot does not handle, or a malformed one. */
        INFO,
        /** Something people should look at. */
        WARN,
        /** The app was uninstalled or its token revoked: logged at WARN and shown in health. */
        UNINSTALLED
    }

    private final JsonMapper json;
    private final String command;

    SlackRequestTriage(JsonMapper json, String commandRoot) {
        this.json = json;
        this.command = "/" + commandRoot;
    }

    /** A request to {@code /slack/events}: JSON for the Events API, a form for commands and interactivity. */
    Verdict http(String body) {
        if (body.stripLeading().startsWith("{")) {
            JsonNode root = parse(body);
            return root == null ? Answer.ignored("unknown", "body is not a JSON object") : eventsApi(root);
        }
        Map<String, String> form = form(body);
        if ("1".equals(form.get("ssl_check"))) {
            return Answer.withoutBody("ssl_check", "Slack's certificate check", Level.DEBUG);
        }
        if (form.containsKey("payload")) {
            JsonNode payload = parse(form.get("payload"));
            return payload == null
                    ? Answer.ignored("interactivity", "payload is not a JSON object")
                    : interactivity(payload);
        }
        if (form.containsKey("command")) {
            return slashCommand(form.get("command"), form.get("user_id"), form.get("channel_id"));
        }
        return Answer.ignored("unknown", "neither an event, a command nor an interaction");
    }

    /**
     * A Socket Mode envelope: its {@code type} says what its {@code payload} is. {@code null} for the connection's
     * own messages ({@code hello}, {@code disconnect}), which need no acknowledgement.
     */
    @Nullable
    Verdict socket(String type, @Nullable JsonNode payload) {
        if (type.equals("hello") || type.equals("disconnect")) {
            return null;
        }
        if (payload == null || !payload.isObject()) {
            return Answer.ignored(type, "envelope without a payload object");
        }
        switch (type) {
            case "events_api":
                return eventsApi(payload);
            case "interactive":
                return interactivity(payload);
            case "slash_commands":
                return slashCommand(text(payload, "command"), text(payload, "user_id"), text(payload, "channel_id"));
            default:
                return Answer.ignored(loggable(type), "envelope type not handled");
        }
    }

    private Verdict eventsApi(JsonNode root) {
        String type = text(root, "type");
        if ("url_verification".equals(type)) {
            String challenge = text(root, "challenge");
            String reason = "Slack checks the request URL";
            return challenge == null
                    ? Answer.withoutBody(type, reason, Level.INFO)
                    : new Answer(
                            type,
                            reason,
                            Level.INFO,
                            json.createObjectNode().put("challenge", challenge).toString());
        }
        if ("app_rate_limited".equals(type)) {
            return Answer.withoutBody(
                    type, "Slack is holding back events: more than 30,000 in an hour for this app", Level.WARN);
        }
        if (!"event_callback".equals(type)) {
            return Answer.ignored(loggable(type), "payload type not handled");
        }
        JsonNode event = root.get("event");
        String eventType = event == null ? null : text(event, "type");
        if (eventType == null) {
            return Answer.ignored("event_callback", "event without a type");
        }
        if (UNINSTALL_EVENTS.contains(eventType)) {
            return Answer.withoutBody(eventType, "the app lost its access to the workspace", Level.UNINSTALLED);
        }
        String[] needed = HANDLED_EVENTS.get(eventType);
        if (needed == null) {
            return Answer.ignored(loggable(eventType), "event type not handled");
        }
        if (eventType.equals("message") && event.hasNonNull("subtype")) {
            return Answer.ignored(eventType, "message subtype " + loggable(text(event, "subtype")) + " not handled");
        }
        if (text(root, "event_id") == null) {
            return Answer.ignored(eventType, "event without event_id");
        }
        String missing = firstMissing(event, needed);
        if (missing != null) {
            return Answer.ignored(eventType, "event without " + missing);
        }
        return new Handle(eventType);
    }

    private Verdict interactivity(JsonNode payload) {
        String type = text(payload, "type");
        if (type == null) {
            return Answer.ignored("interactivity", "payload without a type");
        }
        if (type.equals("block_actions")) {
            JsonNode actions = payload.get("actions");
            if (actions == null
                    || !actions.isArray()
                    || actions.isEmpty()
                    || text(actions.get(0), "action_id") == null) {
                return Answer.ignored(type, "no action with an action_id");
            }
            String missing = firstMissing(payload, "user.id", "container.channel_id", "container.message_ts");
            return missing == null
                    ? new Handle(type)
                    : Answer.ignored(type, "block action without " + missing + " (only buttons on messages count)");
        }
        if (type.equals("view_submission")) {
            String missing = firstMissing(payload, "user.id", "view.type", "view.callback_id");
            if (missing != null) {
                return Answer.ignored(type, "view submission without " + missing);
            }
            return "workflow_step".equals(text(payload.get("view"), "type"))
                    ? Answer.ignored(type, "workflow step configuration not handled")
                    : new Handle(type);
        }
        if (type.equals("block_suggestion")) {
            return new Answer(type, "no select menu of ours loads options", Level.INFO, "{\"options\":[]}");
        }
        return Answer.ignored(loggable(type), "interaction type not handled");
    }

    private Verdict slashCommand(@Nullable String name, @Nullable String user, @Nullable String channel) {
        if (!command.equals(name)) {
            return Answer.ignored("slash_command", "command " + loggable(name) + " is not ours (" + command + ")");
        }
        if (blank(user) || blank(channel)) {
            return Answer.ignored("slash_command", "command without user_id or channel_id");
        }
        return new Handle("slash_command");
    }

    /** A name from the request as it is if it looks like one, so a forged request cannot write into the log. */
    private static String loggable(@Nullable String name) {
        return name != null && NAME.matcher(name).matches() ? name : "(unrecognised)";
    }

    /** The first dotted path whose value is not a non-blank text, or {@code null} when all are. */
    private static @Nullable String firstMissing(JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode current = node;
            for (String step : path.split("\\.")) {
                current = current == null || !current.isObject() ? null : current.get(step);
            }
            if (current == null || !current.isString() || current.asString().isBlank()) {
                return path;
            }
        }
        return null;
    }

    private static @Nullable String text(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private @Nullable JsonNode parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException ex) {
            return null;
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                fields.putIfAbsent(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ex) {
                // a broken percent escape: that field is unreadable, the others may still be fine
            }
        }
        return fields;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
