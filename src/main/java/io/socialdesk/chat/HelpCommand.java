package io.socialdesk.chat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code /sd help}: every registered command with its help text, in the asker's language. */
@Component
final class HelpCommand implements ChatCommand {

    private final ObjectProvider<ChatCommand> commands;

    // a provider, because this command is one of the commands it lists; Spring leaves the bean itself out of it
    HelpCommand(ObjectProvider<ChatCommand> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        List<ChatCommand> all = Stream.concat(Stream.of(this), commands.stream())
                .distinct()
                .sorted(Comparator.comparing(ChatCommand::name))
                .toList();
        StringBuilder text = new StringBuilder(texts.get("command.help.title", request.root()));
        for (ChatCommand command : all) {
            String usage = texts.getOrDefault("command." + command.name() + ".usage", "");
            text.append('\n')
                    .append("• `/")
                    .append(request.root())
                    .append(' ')
                    .append(command.name())
                    .append(usage.isEmpty() ? "" : " " + usage)
                    .append("` – ")
                    .append(texts.getOrDefault("command." + command.name() + ".help", ""));
        }
        return CommandReply.privately(OutgoingMessage.text(text.toString()));
    }
}
