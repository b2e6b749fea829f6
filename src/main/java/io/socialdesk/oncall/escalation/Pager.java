package io.socialdesk.oncall.escalation;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.oncall.notices.OncallNotices;
import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertActions;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final OncallNotices notices;

    Pager(ChatGateway chat, Team team, OncallNotices notices) {
        this.chat = chat;
        this.team = team;
        this.notices = notices;
    }

    void page(Escalations.Escalation escalation, String personId, int step) {
        boolean sent = notices.toPerson(
                personId,
                texts -> withButton(
                        texts.get(
                                escalation.test() ? "oncall.page.test" : "oncall.page",
                                escalation.alertId(),
                                escalation.summary(),
                                step),
                        AlertActions.ACKNOWLEDGE,
                        texts.get("oncall.page.acknowledge"),
                        escalation));
        if (!sent) {
            log.warn("Alert #{}: {} has no {} account to page", escalation.alertId(), personId, chat.platform());
            thread(escalation.alert(), "oncall.thread.no-account", step, notices.name(personId));
            return;
        }
        thread(escalation.alert(), "oncall.thread.paged", step, notices.name(personId));
    }

    /** Reminds whoever took the alert on that it is still not resolved, with a button that resolves it. */
    void remind(Escalations.Escalation escalation, String personId) {
        boolean sent = notices.toPerson(
                personId,
                texts -> withButton(
                        texts.get(
                                escalation.test() ? "oncall.remind.test" : "oncall.remind",
                                escalation.alertId(),
                                escalation.summary()),
                        AlertActions.RESOLVE,
                        texts.get("oncall.remind.resolve"),
                        escalation));
        if (!sent) {
            log.warn("Alert #{}: {} has no {} account to remind", escalation.alertId(), personId, chat.platform());
        }
    }

    /** A message with one button that acts on the alert, wherever it is clicked. */
    private static OutgoingMessage withButton(
            String text, String action, String label, Escalations.Escalation escalation) {
        return new OutgoingMessage(
                text,
                List.of(
                        new Block.Section(text),
                        new Block.Actions(List.of(new Block.Button(
                                action, label, String.valueOf(escalation.alertId()), Block.Button.Style.PRIMARY)))));
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
        chat.replyInThread(alert, OutgoingMessage.text(notices.teamTexts().get(key, args)));
    }
}
