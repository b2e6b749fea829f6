package io.socialdesk.slack;

import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Socket Mode's side of {@link SlackRequests}: each envelope is handled as its HTTP twin would be and acknowledged
 * on the socket, with the reply's payload where there is one. An event that could not be stored is not
 * acknowledged, so Slack sends it again.
 */
final class SlackSocketListener {

    private static final Logger log = LoggerFactory.getLogger(SlackSocketListener.class);

    private final SlackRequests requests;
    private final JsonMapper json;

    SlackSocketListener(SlackRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    SocketModeClient attachTo(SocketModeClient client) {
        client.addWebSocketMessageListener(message -> handle(client, message));
        return client;
    }

    void handle(SocketModeClient client, String message) {
        SlackSocketEnvelope envelope = SlackSocketEnvelope.parse(json, message);
        if (envelope == null) {
            log.info("Ignored a Socket Mode message that is not an envelope");
            return;
        }
        SlackRequests.Reply reply = requests.socket(envelope);
        if (reply == null || !reply.acknowledges() || envelope.envelopeId() == null) {
            return;
        }
        if (reply.json() == null) {
            client.sendSocketModeResponse(new AckResponse(envelope.envelopeId()));
            return;
        }
        ObjectNode response = json.createObjectNode().put("envelope_id", envelope.envelopeId());
        response.set("payload", json.readTree(reply.json()));
        client.sendSocketModeResponse(response.toString());
    }
}
