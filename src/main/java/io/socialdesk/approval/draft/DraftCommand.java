package io.socialdesk.approval.draft;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.CommandArguments;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.team.NotOnTheTeam;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /sd draft "Text" --networks linkedin,x --at 2026-12-01T09:00}: submits a draft for approval; also
 * {@code draft edit ID "Text"}, {@code draft cancel ID} and {@code draft history ID}.
 */
@Component
final class DraftCommand implements ChatCommand {

    private static final Set<String> OPTIONS = Set.of("networks", "at", "policy", "campaign", "image");

    private final DraftSubmissions submissions;
    private final DraftChanges changes;
    private final Drafts drafts;
    private final AuditTrail audit;
    private final Team team;
    private final ApprovalProperties properties;
    private final ChatGateway chat;
    private final DraftForm form;

    DraftCommand(
            DraftSubmissions submissions,
            DraftChanges changes,
            Drafts drafts,
            AuditTrail audit,
            Team team,
            ApprovalProperties properties,
            ChatGateway chat,
            DraftForm form) {
        this.submissions = submissions;
        this.changes = changes;
        this.drafts = drafts;
        this.audit = audit;
        this.team = team;
        this.properties = properties;
        this.chat = chat;
        this.form = form;
    }

    @Override
    public String name() {
        return "draft";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        Optional<Person> person = team.find(request.user());
        if (person.isEmpty()) {
            return NotOnTheTeam.reply(texts, request.user());
        }
        CommandArguments arguments = request.arguments();
        try {
            return switch (arguments.first().orElse("")) {
                case "" -> {
                    chat.openForm(request.invocation(), form.form(texts));
                    yield CommandReply.privately(texts.get("draft.form-opened", request.root()));
                }
                case "edit" -> edit(arguments, person.get(), texts, request.root());
                case "variant" -> variant(arguments, person.get(), texts, request.root());
                case "cancel" -> cancel(arguments, person.get(), texts, request.root());
                case "retry" -> retry(arguments, person.get(), texts, request.root());
                case "history" -> history(arguments, texts, request.root());
                default -> submit(arguments, person.get(), texts, request.root());
            };
        } catch (DraftRefusedException refused) {
            return CommandReply.privately(refused.message(texts));
        }
    }

    private CommandReply submit(CommandArguments arguments, Person author, Texts texts, String root) {
        for (String option : arguments.options().keySet()) {
            if (!OPTIONS.contains(option)) {
                return CommandReply.privately(texts.get("draft.error.option", option, String.join(", --", OPTIONS)));
            }
        }
        if (arguments.positional().size() != 1) {
            return CommandReply.privately(texts.get("draft.error.text", root));
        }
        List<Network> networks = new ArrayList<>();
        for (String name : arguments.option("networks").orElse("").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                networks.add(Network.parse(name));
            } catch (IllegalArgumentException unknown) {
                return CommandReply.privately(texts.get("draft.error.network", name.trim(), networkList()));
            }
        }
        if (networks.isEmpty()) {
            return CommandReply.privately(texts.get("draft.error.networks", networkList()));
        }
        Instant plannedAt = null;
        if (arguments.option("at").isPresent()) {
            plannedAt = PlannedTime.parse(arguments.option("at").get(), team.zone());
        }
        Draft draft = submissions.submit(
                author,
                new DraftSubmissions.Submission(
                        arguments.positional().get(0),
                        networks.stream().distinct().toList(),
                        plannedAt,
                        arguments.option("campaign").orElse(null),
                        arguments.option("image").orElse(null),
                        arguments.option("policy").orElse(null)));
        return CommandReply.privately(texts.get("draft.submitted", draft.id(), properties.channel()));
    }

    private CommandReply edit(CommandArguments arguments, Person editor, Texts texts, String root) {
        if (arguments.positional().size() != 3) {
            return CommandReply.privately(texts.get("draft.usage", root));
        }
        Draft draft = changes.edit(
                id(arguments.positional().get(1)),
                editor,
                arguments.positional().get(2));
        return CommandReply.privately(texts.get("draft.edited", draft.id()));
    }

    private CommandReply variant(CommandArguments arguments, Person editor, Texts texts, String root) {
        if (arguments.positional().size() != 4) {
            return CommandReply.privately(texts.get("draft.usage", root));
        }
        Network network;
        try {
            network = Network.parse(arguments.positional().get(2));
        } catch (IllegalArgumentException unknown) {
            return CommandReply.privately(
                    texts.get("draft.error.network", arguments.positional().get(2), networkList()));
        }
        Draft draft = changes.editVariant(
                id(arguments.positional().get(1)),
                editor,
                network,
                arguments.positional().get(3));
        String said = draft.variants().containsKey(network) ? "draft.variant" : "draft.variant.removed";
        return CommandReply.privately(texts.get(said, draft.id(), network.displayName()));
    }

    private CommandReply retry(CommandArguments arguments, Person actor, Texts texts, String root) {
        if (arguments.positional().size() != 2) {
            return CommandReply.privately(texts.get("draft.usage", root));
        }
        Draft draft = changes.retry(id(arguments.positional().get(1)), actor);
        return CommandReply.privately(texts.get("draft.retried", draft.id()));
    }

    private CommandReply cancel(CommandArguments arguments, Person actor, Texts texts, String root) {
        if (arguments.positional().size() != 2) {
            return CommandReply.privately(texts.get("draft.usage", root));
        }
        Draft draft = changes.cancel(id(arguments.positional().get(1)), actor);
        return CommandReply.privately(texts.get("draft.cancelled", draft.id()));
    }

    private CommandReply history(CommandArguments arguments, Texts texts, String root) {
        if (arguments.positional().size() != 2) {
            return CommandReply.privately(texts.get("draft.usage", root));
        }
        long id = id(arguments.positional().get(1));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(texts.locale())
                .withZone(team.zone());
        StringBuilder text = new StringBuilder(texts.get("history.title", id));
        drafts.find(id).orElseThrow(() -> new DraftRefusedException("draft.error.not-found", id));
        for (AuditTrail.Entry entry : audit.history(id)) {
            String actor = entry.actorId().equals(AuditTrail.BOT)
                    ? texts.get("history.bot")
                    : team.person(entry.actorId()).map(Person::name).orElse(entry.actorId());
            String action = texts.getOrDefault(
                    "history.action." + entry.action().key(), entry.action().key());
            String detail = entry.detail() == null ? "" : " – " + detailText(entry, texts);
            text.append('\n').append(texts.get("history.line", format.format(entry.at()), actor, action, detail));
        }
        return CommandReply.privately(text.toString());
    }

    /** Decisions are named in the bundles; anything else (a comment, a policy id) is shown as written. */
    private static String detailText(AuditTrail.Entry entry, Texts texts) {
        String detail = entry.detail();
        if (entry.action() == AuditAction.CONFIRMED_POSTED) {
            try {
                return Network.parse(detail).displayName();
            } catch (IllegalArgumentException unknown) {
                return detail;
            }
        }
        return detail.matches("[A-Z_]+") ? texts.getOrDefault("history.detail." + detail, detail) : detail;
    }

    private static long id(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException ex) {
            throw new DraftRefusedException("draft.error.id", text);
        }
    }

    private static String networkList() {
        return String.join(
                ", ",
                java.util.Arrays.stream(Network.values())
                        .map(network -> network.key().toLowerCase(Locale.ROOT))
                        .toList());
    }
}
