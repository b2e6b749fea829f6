package io.socialdesk.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import com.slack.api.model.view.ViewState;
import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatEvent;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.FormSubmitted;
import io.socialdesk.chat.MessagePosted;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import io.socialdesk.chat.UserRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns Slack's payloads into the chat port's events. Pure: no I/O but the id lookup it is given. What it cannot
 * translate (a reaction to a file, a button outside a message, a payload missing its ids) comes back empty, with
 * the reason, for the caller to log; nothing here throws into Bolt.
 */
final class SlackTranslator {

    private static final String NOT_ON_A_MESSAGE = "reaction to something other than a message";
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+(\\|[^>]*)?>)+\\s*");

    /** A translation: the event, or why there is none. */
    record Result(@Nullable ChatEvent event, String reason) {

        static Result of(ChatEvent event) {
            return new Result(event, "");
        }

        static Result skipped(String reason) {
            return new Result(null, reason);
        }

        Optional<ChatEvent> asOptional() {
            return Optional.ofNullable(event);
        }
    }

    private final SlackMessageIds ids;
    private final String commandRoot;

    SlackTranslator(SlackMessageIds ids, String commandRoot) {
        this.ids = ids;
        this.commandRoot = commandRoot;
    }

    Result reactionAdded(EventsApiPayload<ReactionAddedEvent> payload) {
        ReactionAddedEvent event = payload.getEvent();
        ReactionAddedEvent.Item item = event.getItem();
        return item == null || !"message".equals(item.getType())
                ? Result.skipped(NOT_ON_A_MESSAGE)
                : reaction(
                        payload,
                        item.getChannel(),
                        item.getTs(),
                        event.getUser(),
                        event.getReaction(),
                        event.getEventTs(),
                        ReactionAdded::new);
    }

    Result reactionRemoved(EventsApiPayload<ReactionRemovedEvent> payload) {
        ReactionRemovedEvent event = payload.getEvent();
        ReactionRemovedEvent.Item item = event.getItem();
        return item == null || !"message".equals(item.getType())
                ? Result.skipped(NOT_ON_A_MESSAGE)
                : reaction(
                        payload,
                        item.getChannel(),
                        item.getTs(),
                        event.getUser(),
                        event.getReaction(),
                        event.getEventTs(),
                        ReactionRemoved::new);
    }

    /** {@link ReactionAdded} or {@link ReactionRemoved}, which carry the same fields. */
    private interface ReactionEvent {
        ChatEvent of(String eventId, MessageRef message, UserRef user, Emoji emoji, Instant at);
    }

    private Result reaction(
            EventsApiPayload<?> payload,
            @Nullable String channel,
            @Nullable String ts,
            @Nullable String user,
            @Nullable String reaction,
            @Nullable String eventTs,
            ReactionEvent kind) {
        if (anyBlank(payload.getEventId(), channel, ts, user, reaction)) {
            return Result.skipped("reaction event without event id, channel, ts, user or emoji");
        }
        Emoji emoji;
        try {
            emoji = Emoji.of(reaction);
        } catch (IllegalArgumentException ex) {
            return Result.skipped("unreadable emoji: " + ex.getMessage());
        }
        return Result.of(kind.of(
                payload.getEventId(),
                message(channel, ts),
                user(user),
                emoji,
                timeOf(eventTs, payload.getEventTime())));
    }

    Result message(EventsApiPayload<MessageEvent> payload) {
        MessageEvent event = payload.getEvent();
        if (event.getBotId() != null) {
            return Result.skipped("message from a bot");
        }
        if (anyBlank(payload.getEventId(), event.getChannel(), event.getTs(), event.getUser())) {
            return Result.skipped("message without event id, channel, ts or user");
        }
        MessageRef thread = threadParent(event.getChannel(), event.getThreadTs(), event.getTs());
        return Result.of(new MessagePosted(
                payload.getEventId(),
                message(event.getChannel(), event.getTs()),
                user(event.getUser()),
                nullToEmpty(event.getText()),
                thread,
                seconds(payload.getEventTime())));
    }

    /** {@code @SocialDesk help} works like {@code /sd help}. */
    Result mention(EventsApiPayload<AppMentionEvent> payload) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() != null) {
            return Result.skipped("mention by a bot");
        }
        if (anyBlank(payload.getEventId(), event.getChannel(), event.getUser())) {
            return Result.skipped("mention without event id, channel or user");
        }
        String text = LEADING_MENTIONS.matcher(nullToEmpty(event.getText())).replaceFirst("");
        if (text.startsWith("/" + commandRoot + " ") || text.equals("/" + commandRoot)) {
            text = text.substring(commandRoot.length() + 1);
        }
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : null;
        return Result.of(new CommandInvoked(
                payload.getEventId(),
                channel(event.getChannel()),
                user(event.getUser()),
                text.strip(),
                threadTs == null ? null : message(event.getChannel(), threadTs),
                seconds(payload.getEventTime())));
    }

    Result slashCommand(SlashCommandPayload payload, Instant now) {
        if (anyBlank(payload.getTriggerId(), payload.getChannelId(), payload.getUserId())) {
            return Result.skipped("slash command without trigger id, channel or user");
        }
        return Result.of(new CommandInvoked(
                payload.getTriggerId(),
                channel(payload.getChannelId()),
                user(payload.getUserId()),
                nullToEmpty(payload.getText()).strip(),
                null,
                now));
    }

    Result buttonClicked(BlockActionPayload payload, Instant now) {
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return Result.skipped("block action without actions");
        }
        BlockActionPayload.Container container = payload.getContainer();
        if (container == null || anyBlank(container.getChannelId(), container.getMessageTs())) {
            return Result.skipped("block action outside a channel message");
        }
        if (payload.getUser() == null || anyBlank(payload.getUser().getId())) {
            return Result.skipped("block action without user");
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String eventId = firstNonBlank(payload.getTriggerId(), action.getActionTs());
        if (eventId == null || anyBlank(action.getActionId())) {
            return Result.skipped("block action without trigger id or action id");
        }
        return Result.of(new ButtonClicked(
                eventId,
                message(container.getChannelId(), container.getMessageTs()),
                user(payload.getUser().getId()),
                action.getActionId(),
                action.getValue(),
                now));
    }

    Result formSubmitted(ViewSubmissionPayload payload, Instant now) {
        if (payload.getView() == null
                || payload.getUser() == null
                || anyBlank(payload.getUser().getId())) {
            return Result.skipped("view submission without view or user");
        }
        String formId = payload.getView().getCallbackId();
        String eventId = firstNonBlank(
                payload.getTriggerId(),
                payload.getView().getId() + ":" + payload.getView().getHash());
        if (anyBlank(formId) || eventId == null) {
            return Result.skipped("view submission without callback id");
        }
        Map<String, String> values = new LinkedHashMap<>();
        ViewState state = payload.getView().getState();
        if (state != null && state.getValues() != null) {
            state.getValues()
                    .forEach((block, fields) -> fields.forEach((field, value) -> {
                        String text = valueOf(value);
                        if (text != null) {
                            values.put(field, text);
                        }
                    }));
        }
        return Result.of(new FormSubmitted(eventId, user(payload.getUser().getId()), formId, values, now));
    }

    private static @Nullable String valueOf(ViewState.Value value) {
        if (value.getValue() != null) {
            return value.getValue();
        }
        if (value.getSelectedOption() != null) {
            return value.getSelectedOption().getValue();
        }
        if (value.getSelectedOptions() != null && !value.getSelectedOptions().isEmpty()) {
            return value.getSelectedOptions().stream()
                    .map(ViewState.SelectedOption::getValue)
                    .collect(Collectors.joining(","));
        }
        if (value.getSelectedDateTime() != null) {
            return Instant.ofEpochSecond(value.getSelectedDateTime()).toString();
        }
        for (String single : new String[] {
            value.getSelectedDate(),
            value.getSelectedTime(),
            value.getSelectedUser(),
            value.getSelectedChannel(),
            value.getSelectedConversation()
        }) {
            if (single != null) {
                return single;
            }
        }
        List<String> many = value.getSelectedUsers() != null ? value.getSelectedUsers() : value.getSelectedChannels();
        return many == null ? null : String.join(",", many);
    }

    private @Nullable MessageRef threadParent(String channel, @Nullable String threadTs, String ts) {
        return threadTs == null || threadTs.equals(ts) ? null : message(channel, threadTs);
    }

    private MessageRef message(String channel, String ts) {
        return new MessageRef(channel(channel), ids.idOf(channel, ts));
    }

    private static ChannelRef channel(String id) {
        return new ChannelRef(Platform.SLACK, id);
    }

    private static UserRef user(String id) {
        return new UserRef(Platform.SLACK, id);
    }

    private static Instant seconds(@Nullable Integer epochSeconds) {
        return epochSeconds == null ? Instant.EPOCH : Instant.ofEpochSecond(epochSeconds);
    }

    /**
     * When a reaction happened: its {@code event_ts} to the microsecond, so an add and its removal within one second
     * keep their order; the envelope's whole seconds when the ts is missing or unreadable.
     */
    static Instant timeOf(@Nullable String eventTs, @Nullable Integer eventTime) {
        if (eventTs != null) {
            try {
                BigDecimal micros = new BigDecimal(eventTs).movePointRight(6);
                return Instant.EPOCH.plus(micros.longValueExact(), ChronoUnit.MICROS);
            } catch (ArithmeticException | NumberFormatException ex) {
                // fall back to the envelope's time
            }
        }
        return seconds(eventTime);
    }

    private static boolean anyBlank(@Nullable String... values) {
        for (String value : values) {
            if (value == null || value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
