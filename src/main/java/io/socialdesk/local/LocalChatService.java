package io.socialdesk.local;

import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatEvent;
import io.socialdesk.chat.ChatProperties;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.FormSubmitted;
import io.socialdesk.chat.InboundEvents;
import io.socialdesk.chat.MessagePosted;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's side of the local chat: what they post, react and click is stored and handed to the features as
 * chat events in the same transaction, before the API answers.
 */
@Service
@ConditionalOnProperty(name = "socialdesk.chat.platform", havingValue = "local")
class LocalChatService {

    private final LocalMessages messages;
    private final InboundEvents events;
    private final Team team;
    private final Channels channels;
    private final Clock clock;
    private final int maxLength;
    private final Pattern command;
    private final String commandRoot;
    private final MessageSource messageSource;
    private final UserLanguages languages;

    static final List<String> PAGE_TEXTS = List.of(
            "you-are",
            "channels",
            "only-you",
            "edited",
            "send",
            "placeholder",
            "react",
            "reply",
            "replying",
            "cancel",
            "with-actions",
            "older",
            "start");

    LocalChatService(
            LocalMessages messages,
            InboundEvents events,
            Team team,
            Channels channels,
            Clock clock,
            ChatProperties properties,
            MessageSource messageSource,
            UserLanguages languages) {
        this.messages = messages;
        this.events = events;
        this.team = team;
        this.channels = channels;
        this.clock = clock;
        this.maxLength = properties.maxMessageLength();
        this.commandRoot = properties.command();
        this.messageSource = messageSource;
        this.languages = languages;
        this.command = Pattern.compile("^/" + Pattern.quote(properties.command()) + "(?:\\s+(.*))?$", Pattern.DOTALL);
    }

    /** A channel as the page lists it. */
    record ChannelView(String id, String name, @Nullable String description, boolean direct) {}

    List<ChannelView> channelsOf(String personId) {
        Person person = person(personId);
        Texts texts = textsFor(person);
        List<ChannelView> views = new ArrayList<>();
        for (String purpose : channels.purposes()) {
            String description = channels.description(purpose)
                    .orElseGet(() -> texts.getOrDefault("channel." + purpose + ".description", ""));
            views.add(new ChannelView(purpose, "#" + purpose, description.isEmpty() ? null : description, false));
        }
        views.add(new ChannelView(LocalChannels.directChannelOf(person.id()), "@SocialDesk", null, true));
        return views;
    }

    List<LocalMessage> history(String channel, String personId, LocalMessages.Window window) {
        requireChannel(channel, person(personId));
        return messages.channel(
                channel,
                personId,
                new LocalMessages.Window(
                        window.after(),
                        window.before(),
                        window.withActions(),
                        Math.max(1, Math.min(window.limit(), 500))));
    }

    @Transactional
    LocalMessage post(String channel, String personId, @Nullable String text, @Nullable String threadId) {
        Person person = person(personId);
        requireChannel(channel, person);
        if (text == null || text.isBlank()) {
            throw new LocalChatException(HttpStatus.BAD_REQUEST, "a message needs text");
        }
        if (text.length() > maxLength) {
            throw new LocalChatException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the message has %d characters; the limit is %d".formatted(text.length(), maxLength));
        }
        MessageRef thread = null;
        if (threadId != null) {
            LocalMessage parent = message(threadId);
            if (!parent.channel().equals(channel)) {
                throw new LocalChatException(HttpStatus.BAD_REQUEST, "thread " + threadId + " is in another channel");
            }
            thread = new MessageRef(
                    new ChannelRef(Platform.LOCAL, channel),
                    parent.threadId() != null ? parent.threadId() : parent.id());
        }
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        messages.insert(new LocalMessages.NewMessage(
                id, channel, thread == null ? null : thread.id(), person.id(), text, "[]", null, null, now));
        ChannelRef channelRef = new ChannelRef(Platform.LOCAL, channel);
        UserRef user = new UserRef(Platform.LOCAL, person.id());
        Matcher invocation = command.matcher(text.strip());
        ChatEvent event = invocation.matches()
                ? new CommandInvoked(id, channelRef, user, nullToEmpty(invocation.group(1)), thread, now)
                : new MessagePosted(id, new MessageRef(channelRef, id), user, text, thread, now);
        events.publish(event);
        return message(id);
    }

    /** Adds a reaction; {@code false} (and no event) if the person had already reacted so. */
    @Transactional
    boolean react(String messageId, String personId, @Nullable String emojiText) {
        Person person = person(personId);
        LocalMessage message = visibleMessage(messageId, person);
        Emoji emoji = emoji(emojiText);
        Instant now = Instant.now(clock);
        if (!messages.addReaction(message.id(), emoji.name(), emoji.display(), person.id(), now)) {
            return false;
        }
        events.publish(new ReactionAdded(UUID.randomUUID().toString(), ref(message), user(person), emoji, now));
        return true;
    }

    /** Takes a reaction back; {@code false} (and no event) if there was none. */
    @Transactional
    boolean unreact(String messageId, String personId, @Nullable String emojiText) {
        Person person = person(personId);
        LocalMessage message = visibleMessage(messageId, person);
        Emoji emoji = emoji(emojiText);
        if (!messages.removeReaction(message.id(), emoji.name(), person.id())) {
            return false;
        }
        events.publish(new ReactionRemoved(
                UUID.randomUUID().toString(), ref(message), user(person), emoji, Instant.now(clock)));
        return true;
    }

    @Transactional
    void click(String messageId, String personId, @Nullable String actionId) {
        Person person = person(personId);
        LocalMessage message = visibleMessage(messageId, person);
        var button = actionId == null
                ? java.util.Optional.<java.util.Optional<String>>empty()
                : messages.blocks().button(message.blocks(), actionId);
        if (button.isEmpty()) {
            throw new LocalChatException(
                    HttpStatus.BAD_REQUEST, "message " + messageId + " has no button '" + actionId + "'");
        }
        events.publish(new ButtonClicked(
                UUID.randomUUID().toString(),
                ref(message),
                user(person),
                actionId,
                button.get().orElse(null),
                Instant.now(clock)));
    }

    /** Submits a form the bot showed; every required field must be filled, unknown fields are dropped. */
    @Transactional
    void submitForm(String messageId, String personId, @Nullable Map<String, String> values) {
        Person person = person(personId);
        LocalMessage message = visibleMessage(messageId, person);
        LocalBlocks.FormShape form = messages.blocks()
                .form(message.blocks())
                .orElseThrow(
                        () -> new LocalChatException(HttpStatus.BAD_REQUEST, "message " + messageId + " has no form"));
        Map<String, String> submitted = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        form.requiredByField().forEach((field, required) -> {
            String value = values == null ? null : values.get(field);
            if (value != null && !value.isBlank()) {
                submitted.put(field, value.strip());
            } else if (required) {
                missing.add(field);
            }
        });
        if (!missing.isEmpty()) {
            throw new LocalChatException(HttpStatus.BAD_REQUEST, "required fields are empty: " + missing);
        }
        events.publish(new FormSubmitted(
                UUID.randomUUID().toString(), user(person), form.formId(), submitted, Instant.now(clock)));
    }

    LocalMessages.StoredImage image(String id) {
        return messages.image(id).orElseThrow(() -> new LocalChatException(HttpStatus.NOT_FOUND, "no image " + id));
    }

    /** The page's own texts, in the person's language. */
    Map<String, String> pageTexts(String personId) {
        Texts texts = textsFor(person(personId));
        Map<String, String> page = new LinkedHashMap<>();
        for (String key : PAGE_TEXTS) {
            page.put(key, texts.get("page." + key, "/" + commandRoot));
        }
        return page;
    }

    /** Who uses the page, in which language, and the team's zone, in which the page shows times as cards do. */
    record Viewer(String id, String name, String language, String zone) {}

    Viewer viewer(String personId) {
        Person person = person(personId);
        return new Viewer(
                person.id(),
                person.name(),
                textsFor(person).locale().toLanguageTag(),
                team.zone().getId());
    }

    private Texts textsFor(Person person) {
        return new Texts(messageSource, languages.localeOf(new UserRef(Platform.LOCAL, person.id())));
    }

    private Person person(@Nullable String personId) {
        if (personId == null || personId.isBlank()) {
            throw new LocalChatException(HttpStatus.BAD_REQUEST, "say who you are with 'person'");
        }
        return team.person(personId)
                .orElseThrow(() -> new LocalChatException(
                        HttpStatus.NOT_FOUND,
                        "unknown person '%s'; the team is: %s"
                                .formatted(
                                        personId,
                                        team.people().stream().map(Person::id).toList())));
    }

    private void requireChannel(String channel, Person person) {
        boolean own = LocalChannels.isDirect(channel)
                && LocalChannels.personOfDirect(channel).equals(person.id());
        if (!own && !channels.purposes().contains(channel)) {
            throw new LocalChatException(
                    HttpStatus.NOT_FOUND,
                    "unknown channel '%s'; the channels are: %s".formatted(channel, channels.purposes()));
        }
    }

    private LocalMessage message(String id) {
        return messages.find(id).orElseThrow(() -> new LocalChatException(HttpStatus.NOT_FOUND, "no message " + id));
    }

    private LocalMessage visibleMessage(String id, Person person) {
        LocalMessage message = message(id);
        requireChannel(message.channel(), person);
        if (message.visibleTo() != null && !message.visibleTo().equals(person.id())) {
            throw new LocalChatException(HttpStatus.NOT_FOUND, "no message " + id);
        }
        return message;
    }

    private static Emoji emoji(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new LocalChatException(HttpStatus.BAD_REQUEST, "say which emoji with 'emoji'");
        }
        try {
            return Emoji.of(text);
        } catch (IllegalArgumentException ex) {
            throw new LocalChatException(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
    }

    private static MessageRef ref(LocalMessage message) {
        return new MessageRef(new ChannelRef(Platform.LOCAL, message.channel()), message.id());
    }

    private static UserRef user(Person person) {
        return new UserRef(Platform.LOCAL, person.id());
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
