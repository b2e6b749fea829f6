package io.socialdesk.approval.card;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.ChatProperties;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Group;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the approval queue says to people, each in their language: in a card's thread (the team's language), to
 * the author or any team member by direct message, and privately to whoever acted in a channel.
 */
@Component
public class DraftNotices {

    private final ChatGateway chat;
    private final Team team;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final String commandRoot;

    DraftNotices(
            ChatGateway chat,
            Team team,
            MessageSource messages,
            UserLanguages languages,
            ChatProperties chatProperties) {
        this.chat = chat;
        this.team = team;
        this.messages = messages;
        this.languages = languages;
        this.commandRoot = chatProperties.command();
    }

    /** The bot's command root ({@code sd}), for texts that tell people what to type. */
    public String commandRoot() {
        return commandRoot;
    }

    /** In the card's thread, where the whole team follows the draft. */
    public void inThread(Draft draft, String key, Object... args) {
        if (draft.card() != null) {
            Texts texts = teamTexts();
            chat.replyInThread(draft.card(), OutgoingMessage.text(texts.get(key, DraftStatus.inWords(texts, args))));
        }
    }

    public void toAuthor(Draft draft, String key, Object... args) {
        toPerson(draft.authorId(), key, args);
    }

    /** A direct message to the author, written in their language by {@code message}. */
    public void toAuthorIn(Draft draft, Function<Texts, String> message) {
        directMessage(draft.authorId(), message);
    }

    /** A direct message to a team member, if they have an account on the bot's platform. */
    public void toPerson(String personId, String key, Object... args) {
        directMessage(personId, texts -> texts.get(key, DraftStatus.inWords(texts, args)));
    }

    private void directMessage(String personId, Function<Texts, String> message) {
        team.person(personId)
                .flatMap(person -> person.account(chat.platform()))
                .ifPresent(account -> chat.directMessage(
                        account,
                        OutgoingMessage.text(message.apply(new Texts(messages, languages.localeOf(account))))));
    }

    /** Only {@code user} sees it, in the channel where they acted. */
    public void privately(ChannelRef channel, UserRef user, String key, Object... args) {
        Texts texts = new Texts(messages, languages.localeOf(user));
        chat.ephemeral(channel, user, OutgoingMessage.text(texts.get(key, DraftStatus.inWords(texts, args))));
    }

    public Texts teamTexts() {
        return new Texts(messages, languages.teamLocale());
    }

    public String name(String personId) {
        return team.person(personId).map(Person::name).orElse(personId);
    }

    public String groupName(String groupId) {
        return team.group(groupId).map(Group::name).orElse(groupId);
    }
}
