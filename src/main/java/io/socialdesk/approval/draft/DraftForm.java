package io.socialdesk.approval.draft;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.Form;
import io.socialdesk.chat.FormSubmitted;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The form behind a bare {@code /sd draft}: text, networks, time, campaign, image and policy. Its submission is
 * submitted like the command's, and the author hears the outcome by direct message.
 */
@Component
class DraftForm {

    static final String ID = "draft";

    private final DraftSubmissions drafts;
    private final ApprovalProperties properties;
    private final Team team;
    private final ChatGateway chat;
    private final MessageSource messages;
    private final UserLanguages languages;

    DraftForm(
            DraftSubmissions drafts,
            ApprovalProperties properties,
            Team team,
            ChatGateway chat,
            MessageSource messages,
            UserLanguages languages) {
        this.drafts = drafts;
        this.properties = properties;
        this.team = team;
        this.chat = chat;
        this.messages = messages;
        this.languages = languages;
    }

    Form form(Texts texts) {
        List<Form.Option> networks = Arrays.stream(Network.values())
                .map(network -> new Form.Option(network.key(), network.displayName()))
                .toList();
        List<Form.Option> policies = properties.policies().stream()
                .map(policy -> new Form.Option(policy.id(), policy.id()))
                .toList();
        return new Form(
                ID,
                texts.get("form.title"),
                texts.get("form.submit"),
                List.of(
                        new Form.Field(
                                "text", texts.get("form.text"), Form.Field.Kind.LONG_TEXT, true, List.of(), null),
                        new Form.Field(
                                "networks", texts.get("form.networks"), Form.Field.Kind.CHOICES, true, networks, null),
                        new Form.Field(
                                "at",
                                texts.get("form.at"),
                                Form.Field.Kind.DATE_TIME,
                                false,
                                List.of(),
                                texts.get("form.at.hint", team.zone())),
                        new Form.Field(
                                "campaign", texts.get("form.campaign"), Form.Field.Kind.TEXT, false, List.of(), null),
                        new Form.Field("image", texts.get("form.image"), Form.Field.Kind.URL, false, List.of(), null),
                        new Form.Field(
                                "policy",
                                texts.get("form.policy"),
                                Form.Field.Kind.CHOICE,
                                false,
                                policies,
                                texts.get("form.policy.hint", properties.defaultPolicy()))));
    }

    @ApplicationModuleListener
    void on(FormSubmitted submitted) {
        if (!ID.equals(submitted.formId())) {
            return;
        }
        Texts texts = new Texts(messages, languages.localeOf(submitted.user()));
        Optional<Person> author = team.find(submitted.user());
        if (author.isEmpty()) {
            return;
        }
        String reply;
        DraftSubmissions.Submission submission;
        try {
            submission = submission(submitted);
        } catch (IllegalArgumentException unknownNetwork) {
            chat.directMessage(
                    submitted.user(),
                    OutgoingMessage.text(texts.get(
                            "draft.error.network", submitted.values().get("networks"), Network.X.key() + ", …")));
            return;
        } catch (DraftRefusedException unreadableTime) {
            chat.directMessage(submitted.user(), OutgoingMessage.text(unreadableTime.message(texts)));
            return;
        }
        try {
            Draft draft = drafts.submit(author.get(), submission);
            reply = texts.get("draft.submitted", draft.id(), properties.channel());
        } catch (DraftRefusedException refused) {
            reply = refused.message(texts);
        }
        chat.directMessage(submitted.user(), OutgoingMessage.text(reply));
    }

    private DraftSubmissions.Submission submission(FormSubmitted submitted) {
        List<Network> networks = new ArrayList<>();
        for (String key : submitted.values().getOrDefault("networks", "").split(",")) {
            if (!key.isBlank()) {
                networks.add(Network.parse(key));
            }
        }
        return new DraftSubmissions.Submission(
                submitted.values().getOrDefault("text", ""),
                networks,
                plannedAt(submitted.values().get("at")),
                blankToNull(submitted.values().get("campaign")),
                blankToNull(submitted.values().get("image")),
                blankToNull(submitted.values().get("policy")));
    }

    /**
     * Slack's picker sends an instant; the local form a time in the team's zone. Empty means "as soon as approved";
     * anything unreadable is refused, never taken as empty.
     */
    private @Nullable Instant plannedAt(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.endsWith("Z") ? Instant.parse(value) : PlannedTime.parse(value, team.zone());
        } catch (DateTimeParseException ex) {
            throw new DraftRefusedException("draft.error.at", value, team.zone().getId());
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
