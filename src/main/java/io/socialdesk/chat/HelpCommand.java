package io.socialdesk.chat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code /sd help}: every registered command with its help text, in the asker's language; {@code /sd help draft}
 * explains one command with each way to use it.
 */
@Component
final class HelpCommand implements ChatCommand {

    /** Separates the alternative ways to use a command in its {@code command.<name>.usage} text. */
    private static final Pattern ALTERNATIVES = Pattern.compile(" \\| ");

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
        List<ChatCommand> all = Stream.concat(Stream.of(this), commands.stream())
                .distinct()
                .sorted(Comparator.comparing(ChatCommand::name))
                .toList();
        Optional<String> wanted = request.arguments().first().map(name -> name.toLowerCase(Locale.ROOT));
        if (wanted.isEmpty()) {
            return CommandReply.privately(list(all, request));
        }
        return all.stream()
                .filter(command -> command.name().equals(wanted.get()))
                .findFirst()
                .map(command -> CommandReply.privately(explain(command, request)))
                .orElseGet(() -> CommandReply.privately(request.texts()
                        .get(
                                "command.help.unknown",
                                wanted.get(),
                                request.root(),
                                all.stream().map(ChatCommand::name).collect(Collectors.joining(", ")))));
    }

    private String list(List<ChatCommand> all, CommandRequest request) {
        Texts texts = request.texts();
        StringBuilder text = new StringBuilder(texts.get("command.help.title", request.root()));
        for (ChatCommand command : all) {
            String usage = usage(command, texts);
            text.append("\n• `/")
                    .append(request.root())
                    .append(' ')
                    .append(command.name())
                    .append(usage.isEmpty() ? "" : " " + usage)
                    .append("` – ")
                    .append(helpText(command, texts));
        }
        return text.toString();
    }

    /** The command's help, then one line per way to use it. */
    private String explain(ChatCommand command, CommandRequest request) {
        Texts texts = request.texts();
        String invocation = "/" + request.root() + " " + command.name();
        StringBuilder text =
                new StringBuilder("*`").append(invocation).append("`* – ").append(helpText(command, texts));
        // an empty usage is one way with nothing after the name
        for (String way : ALTERNATIVES.split(usage(command, texts))) {
            text.append("\n• `")
                    .append(invocation)
                    .append(way.isBlank() ? "" : " " + way.strip())
                    .append('`');
        }
        return text.toString();
    }

    private static String usage(ChatCommand command, Texts texts) {
        return texts.getOrDefault("command." + command.name() + ".usage", "");
    }

    private static String helpText(ChatCommand command, Texts texts) {
        return texts.getOrDefault("command." + command.name() + ".help", "");
    }
}
