package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;

class HelpCommandTests {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final HelpCommand help;

    HelpCommandTests() {
        messages.setParentMessageSource(new ChatMessageSourceConfiguration().messageSource());
        messages.addMessage("command.draft.help", Locale.ENGLISH, "submits a post for approval");
        messages.addMessage(
                "command.draft.usage", Locale.ENGLISH, "\"Text\" --networks linkedin,x | edit ID \"Text\" | cancel ID");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("draft", command("draft"));
        beans.addBean("echo", command("echo"));
        help = new HelpCommand(beans.getBeanProvider(ChatCommand.class));
    }

    private CommandReply help(String arguments) {
        CommandInvoked invocation = new CommandInvoked(
                "e1",
                new ChannelRef(Platform.LOCAL, "social"),
                new UserRef(Platform.LOCAL, "anna"),
                ("help " + arguments).strip(),
                null,
                Instant.EPOCH);
        return help.handle(new CommandRequest(
                invocation, CommandArguments.parse(arguments), new Texts(messages, Locale.ENGLISH), "sd"));
    }

    @Test
    void withoutANameListsEveryCommand() {
        CommandReply reply = help("");

        assertThat(reply.visibility()).isEqualTo(CommandReply.Visibility.PRIVATE);
        assertThat(reply.message().text())
                .contains("`/sd draft \"Text\"", "`/sd help [command]` – ", "`/sd echo` – ", "submits a post");
    }

    @Test
    void withACommandsNameGivesThatCommandsHelpAndEachWayToUseIt() {
        CommandReply reply = help("DRAFT");

        assertThat(reply.visibility()).isEqualTo(CommandReply.Visibility.PRIVATE);
        assertThat(reply.message().text())
                .isEqualTo(
                        """
                        *`/sd draft`* – submits a post for approval
                        • `/sd draft "Text" --networks linkedin,x`
                        • `/sd draft edit ID "Text"`
                        • `/sd draft cancel ID`""");
    }

    @Test
    void explainsItselfToo() {
        assertThat(help("help").message().text()).startsWith("*`/sd help`* – ").contains("`/sd help [command]`");
    }

    @Test
    void aCommandWithoutArgumentsHasOneWayToUseIt() {
        assertThat(help("echo").message().text()).endsWith("\n• `/sd echo`").doesNotContain("draft");
    }

    @Test
    void anUnknownNameGetsAPrivateHintWithTheCommands() {
        CommandReply reply = help("frobnicate");

        assertThat(reply.visibility()).isEqualTo(CommandReply.Visibility.PRIVATE);
        assertThat(reply.message().text())
                .contains("`frobnicate`", "draft, echo, help", "/sd help")
                .doesNotContain("submits a post");
    }

    private static ChatCommand command(String name) {
        return new ChatCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CommandReply handle(CommandRequest request) {
                return CommandReply.inChannel(name);
            }
        };
    }
}
