package io.socialdesk.team;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.Texts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code /sd whoami}: who the bot takes you for, with roles, groups and accounts. */
@Component
final class WhoamiCommand implements ChatCommand {

    private final Team team;

    WhoamiCommand(Team team) {
        this.team = team;
    }

    @Override
    public String name() {
        return "whoami";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        Optional<Person> found = team.find(request.user());
        if (found.isEmpty()) {
            return NotOnTheTeam.reply(texts, request.user());
        }
        return CommandReply.privately(describe(found.get(), team, texts));
    }

    /** The person as whoami and the home page describe them: name, id, roles, groups and accounts. */
    static String describe(Person person, Team team, Texts texts) {
        String roles = person.roles().isEmpty()
                ? texts.get("command.whoami.none")
                : person.roles().stream()
                        .sorted()
                        .map(role -> texts.get("role." + role.key()))
                        .collect(Collectors.joining(", "));
        List<Group> groups = team.groupsOf(person.id());
        String groupText = groups.isEmpty()
                ? texts.get("command.whoami.none")
                : groups.stream()
                        .map(group -> person.id().equals(group.lead())
                                ? texts.get("command.whoami.lead", group.name())
                                : group.name())
                        .collect(Collectors.joining(", "));
        // every person has a local-chat account under their own id, so the list is never empty
        String accounts = java.util.Arrays.stream(Platform.values())
                .flatMap(platform -> person.account(platform).stream())
                .map(account -> account.platform().key() + " `" + account.id() + "`")
                .collect(Collectors.joining(", "));
        return texts.get("command.whoami.reply", person.name(), person.id(), roles, groupText, accounts);
    }
}
