package io.socialdesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import io.socialdesk.chat.InboundEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires Slack's inbound traffic into the chat port: each handler translates, publishes through
 * {@link InboundEvents} (which stores the event and drops Slack's retries of it) and acknowledges. A payload that
 * cannot be translated is logged and acknowledged, so Slack does not resend it; a failure to store the event is
 * not acknowledged ({@link EventNotStoredException}), so Slack does resend it.
 */
final class SlackInbound {

    private static final Logger log = LoggerFactory.getLogger(SlackInbound.class);

    private final SlackTranslator translator;
    private final InboundEvents events;
    private final SlackHome home;
    private final Clock clock;

    SlackInbound(SlackTranslator translator, InboundEvents events, SlackHome home, Clock clock) {
        this.translator = translator;
        this.events = events;
        this.home = home;
        this.clock = clock;
    }

    void register(App app, String commandRoot) {
        app.command("/" + commandRoot, (request, context) -> {
            publish("slash command", () -> translator.slashCommand(request.getPayload(), now()));
            return context.ack();
        });
        app.event(AppMentionEvent.class, (payload, context) -> {
            publish("app_mention", () -> translator.mention(payload));
            return context.ack();
        });
        app.event(MessageEvent.class, (payload, context) -> {
            publish("message", () -> translator.message(payload));
            return context.ack();
        });
        app.event(ReactionAddedEvent.class, (payload, context) -> {
            publish("reaction_added", () -> translator.reactionAdded(payload));
            return context.ack();
        });
        app.event(ReactionRemovedEvent.class, (payload, context) -> {
            publish("reaction_removed", () -> translator.reactionRemoved(payload));
            return context.ack();
        });
        app.blockAction(Pattern.compile(".*"), (request, context) -> {
            publish("block_actions", () -> translator.buttonClicked(request.getPayload(), now()));
            return context.ack();
        });
        app.viewSubmission(Pattern.compile(".*"), (request, context) -> {
            publish("view_submission", () -> translator.formSubmitted(request.getPayload(), now()));
            return context.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            if ("home".equals(payload.getEvent().getTab()) && payload.getEvent().getUser() != null) {
                try {
                    home.show(payload.getEvent().getUser());
                } catch (RuntimeException ex) {
                    log.error(
                            "Could not show the App Home of {}",
                            payload.getEvent().getUser(),
                            ex);
                }
            }
            return context.ack();
        });
    }

    private void publish(String kind, Supplier<SlackTranslator.Result> translation) {
        SlackTranslator.Result result;
        try {
            result = translation.get();
        } catch (RuntimeException ex) {
            log.warn("Dropped a malformed Slack {} payload: {}", kind, ex.toString());
            return;
        }
        if (result.event() == null) {
            log.debug("Ignored a Slack {}: {}", kind, result.reason());
            return;
        }
        try {
            events.publish(result.event());
        } catch (RuntimeException ex) {
            // Slack must get an error and send it again
            throw new EventNotStoredException(ex);
        }
    }

    /** The event could not be stored; it must not be acknowledged. */
    static final class EventNotStoredException extends RuntimeException {

        EventNotStoredException(RuntimeException cause) {
            super("event not stored", cause);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
