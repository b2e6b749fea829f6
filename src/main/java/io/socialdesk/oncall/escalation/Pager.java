package io.socialdesk.oncall.escalation;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertActions;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a page says: a direct message to the person with the alert's summary and a button that takes the alert on,
 * and a line in the alert's thread naming who was paged (or that a step found nobody). Test alerts say so.
 */
@Component
class Pager {

    private static final Logger log = LoggerFactory.getLogger(Pager.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ChatGateway chat;
    private final Team team;
    private final MessageSource messages;
    private final UserLanguages languages;

    Pager(ChatGateway chat, Team team, MessageSource messages, UserLanguages languages) {
        this.chat = chat;
        this.team = team;
        this.messages = messages;
        this.languages = languages;
    }

    void page(Escalations.Escalation escalation, String personId, int step) {
        Optional<Person> person = team.person(personId);
        String name = person.map(Person::name).orElse(personId);
        Optional<io.socialdesk.chat.UserRef> account = person.flatMap(found -> found.account(chat.platform()));
        if (account.isEmpty()) {
            log.warn("Alert #{}: {} has no {} account to page", escalation.alertId(), personId, chat.platform());
            thread(escalation.alert(), "oncall.thread.no-account", step, name);
            return;
        }
        Texts texts = new Texts(messages, languages.localeOf(account.get()));
        String text = texts.get(
                escalation.test() ? "oncall.page.test" : "oncall.page",
                escalation.alertId(),
                escalation.summary(),
                step);
        withButton(account.get(), text, AlertActions.ACKNOWLEDGE, texts.get("oncall.page.acknowledge"), escalation);
        thread(escalation.alert(), "oncall.thread.paged", step, name);
    }

    /** Reminds whoever took the alert on that it is still not resolved, with a button that resolves it. */
    void remind(Escalations.Escalation escalation, String personId) {
        Optional<io.socialdesk.chat.UserRef> account =
                team.person(personId).flatMap(person -> person.account(chat.platform()));
        if (account.isEmpty()) {
            log.warn("Alert #{}: {} has no {} account to remind", escalation.alertId(), personId, chat.platform());
            return;
        }
        Texts texts = new Texts(messages, languages.localeOf(account.get()));
        String text = texts.get(
                escalation.test() ? "oncall.remind.test" : "oncall.remind", escalation.alertId(), escalation.summary());
        withButton(account.get(), text, AlertActions.RESOLVE, texts.get("oncall.remind.resolve"), escalation);
    }

    /** A direct message with one button that acts on the alert, wherever it is clicked. */
    private void withButton(
            io.socialdesk.chat.UserRef account,
            String text,
            String action,
            String label,
            Escalations.Escalation escalation) {
        chat.directMessage(
                account,
                new OutgoingMessage(
                        text,
                        List.of(
                                new Block.Section(text),
                                new Block.Actions(List.of(new Block.Button(
                                        action,
                                        label,
                                        String.valueOf(escalation.alertId()),
                                        Block.Button.Style.PRIMARY))))));
    }

    void nobody(Escalations.Escalation escalation, int step) {
        thread(escalation.alert(), "oncall.thread.nobody", step);
    }

    void channel(Escalations.Escalation escalation, int step) {
        thread(escalation.alert(), "oncall.thread.channel", step, escalation.alertId());
    }

    void waitingForMorning(MessageRef alert, Instant until) {
        thread(alert, "oncall.thread.quiet", TIME.format(until.atZone(team.zone())));
    }

    private void thread(MessageRef alert, String key, Object... args) {
        chat.replyInThread(alert, OutgoingMessage.text(new Texts(messages, languages.teamLocale()).get(key, args)));
    }
}
