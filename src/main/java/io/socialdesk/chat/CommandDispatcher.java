package io.socialdesk.chat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link ChatCommand} a person asked for and posts its reply. Unknown commands, bad arguments and
 * failing handlers all get an answer, never silence.
 */
@Component
class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final Map<String, ChatCommand> commands;
    private final ChatGateway gateway;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final String root;
    private final TransactionTemplate commandTransactions;

    CommandDispatcher(
            List<ChatCommand> commands,
            ChatGateway gateway,
            MessageSource messages,
            UserLanguages languages,
            ChatProperties properties,
            PlatformTransactionManager transactions) {
        this.commands = commands.stream()
                .collect(Collectors.toMap(
                        ChatCommand::name,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("two commands are named '" + a.name() + "'");
                        },
                        TreeMap::new));
        this.gateway = gateway;
        this.messages = messages;
        this.languages = languages;
        this.root = properties.command();
        this.commandTransactions = new TransactionTemplate(transactions);
        this.commandTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(CommandInvoked invocation) {
        Texts texts = new Texts(messages, languages.localeOf(invocation.user()));
        CommandReply reply = run(invocation, texts);
        send(invocation, reply);
    }

    CommandReply run(CommandInvoked invocation, Texts texts) {
        CommandArguments arguments;
        try {
            arguments = CommandArguments.parse(invocation.text());
        } catch (CommandArguments.UnclosedQuoteException ex) {
            return CommandReply.privately(
                    texts.get("command.error.quote", String.valueOf(ex.quote()), root, String.valueOf(ex.closing())));
        }
        String name = arguments.first().orElse("help").toLowerCase(java.util.Locale.ROOT);
        ChatCommand command = commands.get(name);
        if (command == null) {
            log.info("Unknown command '{}' from {}", name, invocation.user());
            return CommandReply.privately(
                    texts.get("command.error.unknown", name, root, String.join(", ", commands.keySet())));
        }
        CommandArguments rest = arguments.rest();
        boolean takesArguments =
                !texts.getOrDefault("command." + name + ".usage", "").isEmpty();
        if (!takesArguments && (!rest.positional().isEmpty() || !rest.options().isEmpty())) {
            return CommandReply.privately(texts.get("command.error.no-arguments", root, name));
        }
        try {
            // the command's own work commits or rolls back on its own, so its failure never takes the reply along
            CommandReply reply = commandTransactions.execute(
                    status -> command.handle(new CommandRequest(invocation, rest, texts, root)));
            return java.util.Objects.requireNonNull(reply, "a command must reply");
        } catch (RuntimeException ex) {
            log.error("Command '{}' failed for {}", name, invocation.user(), ex);
            return CommandReply.privately(texts.get("command.error.failed", name));
        }
    }

    private void send(CommandInvoked invocation, CommandReply reply) {
        switch (reply.visibility()) {
            case PRIVATE -> gateway.ephemeral(invocation.channel(), invocation.user(), reply.message());
            case CHANNEL -> {
                if (invocation.thread() != null) {
                    gateway.replyInThread(invocation.thread(), reply.message());
                } else {
                    gateway.post(invocation.channel(), reply.message());
                }
            }
        }
    }
}
