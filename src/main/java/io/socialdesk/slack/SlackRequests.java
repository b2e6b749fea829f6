package io.socialdesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every authentic Slack request, in HTTP and Socket Mode alike: the {@link SlackRequestTriage} answers
 * what the bot does not handle, Bolt runs the rest, and a payload Bolt still cannot read is acknowledged and
 * logged instead of failing. Only an event that could not be stored is refused, so Slack sends it again.
 */
final class SlackRequests {

    private static final Logger log = LoggerFactory.getLogger(SlackRequests.class);

    /** What to send back: HTTP status, content type and body ({@code null} for none). */
    record Reply(int status, @Nullable String json) {

        static final Reply OK = withoutBody(200);

        static Reply withoutBody(int status) {
            return new Reply(status, null);
        }

        boolean acknowledges() {
            return status / 100 == 2;
        }
    }

    private final SlackRequestTriage triage;
    private final App app;
    private final SlackRequestParser parser;
    private final SlackConnection connection;

    SlackRequests(SlackRequestTriage triage, App app, SlackConnection connection) {
        this.triage = triage;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.connection = connection;
    }

    /** A verified request to {@code /slack/events}. */
    Reply http(String body, Map<String, List<String>> headers) {
        return handle(
                triage.http(body),
                SlackRequestParser.HttpRequest.builder()
                        .requestUri(SlackConfiguration.EVENTS_PATH)
                        .headers(new RequestHeaders(headers))
                        .requestBody(body));
    }

    /** The payload of a Socket Mode envelope; {@code null} when the envelope needs no answer. */
    @Nullable
    Reply socket(SlackSocketEnvelope envelope) {
        SlackRequestTriage.Verdict verdict = triage.socket(envelope.type(), envelope.payload());
        if (verdict == null) {
            return null;
        }
        return handle(
                verdict,
                SlackRequestParser.HttpRequest.builder()
                        .socketMode(true)
                        .requestUri("")
                        .headers(new RequestHeaders(envelope.retryHeaders()))
                        .requestBody(envelope.payloadText()));
    }

    /** Answers what the triage answers, and has Bolt run the rest. */
    private Reply handle(
            SlackRequestTriage.Verdict verdict, SlackRequestParser.HttpRequest.HttpRequestBuilder request) {
        if (verdict instanceof SlackRequestTriage.Answer answer) {
            return answer(answer);
        }
        String kind = ((SlackRequestTriage.Handle) verdict).kind();
        return run(
                kind,
                () -> parser.parse(
                        request.queryString(Map.of()).remoteAddress("").build()));
    }

    private Reply answer(SlackRequestTriage.Answer answer) {
        switch (answer.level()) {
            case DEBUG -> log.debug("Acknowledged a Slack {}: {}", answer.kind(), answer.reason());
            case INFO -> log.info("Acknowledged a Slack {} without acting on it: {}", answer.kind(), answer.reason());
            case WARN -> log.warn("Slack {}: {}", answer.kind(), answer.reason());
            case UNINSTALLED -> {
                log.warn(
                        "Slack says {}: {}; messages stay queued until the app is installed again",
                        answer.kind(),
                        answer.reason());
                connection.uninstalled(answer.kind());
            }
        }
        return new Reply(200, answer.json());
    }

    private interface BoltRequest {
        @Nullable
        Request<?> parse() throws Exception;
    }

    private Reply run(String kind, BoltRequest request) {
        try {
            Request<?> parsed = request.parse();
            if (parsed == null) {
                log.info("Acknowledged a Slack {} that Bolt does not recognise", kind);
                return Reply.OK;
            }
            Response response = app.run(parsed);
            if (response.getStatusCode() / 100 != 2) {
                log.info("Acknowledged a Slack {} that Bolt answered {}", kind, response.getStatusCode());
                return Reply.OK;
            }
            String body = response.getBody();
            boolean json = body != null
                    && !body.isEmpty()
                    && response.getContentType() != null
                    && response.getContentType().startsWith("application/json");
            return json ? new Reply(200, body) : Reply.OK;
        } catch (SlackInbound.EventNotStoredException ex) {
            log.error("Could not store a Slack {}; Slack will send it again", kind, ex.getCause());
            return Reply.withoutBody(503);
        } catch (Exception ex) {
            // never the payload: its values would end up in the log
            log.warn(
                    "Acknowledged a Slack {} that could not be read: {}",
                    kind,
                    ex.getClass().getSimpleName());
            return Reply.OK;
        }
    }
}
