package io.socialdesk.oncall.notices;

import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the on-call module says to people: a direct message to a team member in their own language (pages,
 * reminders, handoffs, covers, gaps), and texts in the team's language for what the whole team reads.
 */
@Component
public class OncallNotices {

    private final ChatGateway chat;
    private final Team team;
    private final MessageSource messages;
    private final UserLanguages languages;

    OncallNotices(ChatGateway chat, Team team, MessageSource messages, UserLanguages languages) {
        this.chat = chat;
        this.team = team;
        this.messages = messages;
        this.languages = languages;
    }

    /**
     * A direct message to a team member, written in their language by {@code message}; {@code false} if they have
     * no account on the bot's platform, so nothing was sent.
     */
    public boolean toPerson(String personId, Function<Texts, OutgoingMessage> message) {
        Optional<UserRef> account = team.person(personId).flatMap(person -> person.account(chat.platform()));
        account.ifPresent(
                found -> chat.directMessage(found, message.apply(new Texts(messages, languages.localeOf(found)))));
        return account.isPresent();
    }

    /** A direct message of one text to a team member, in their language; {@code false} if it could not be sent. */
    public boolean toPerson(String personId, String key, Object... args) {
        return toPerson(personId, texts -> OutgoingMessage.text(texts.get(key, args)));
    }

    /** Texts in the team's language, for channels and threads. */
    public Texts teamTexts() {
        return new Texts(messages, languages.teamLocale());
    }

    /** The person's name as the team knows it, else their id. */
    public String name(String personId) {
        return team.person(personId).map(Person::name).orElse(personId);
    }
}
