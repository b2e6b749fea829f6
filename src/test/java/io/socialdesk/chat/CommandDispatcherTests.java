package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class CommandDispatcherTests {

    private static final ChannelRef SOCIAL = new ChannelRef(Platform.LOCAL, "social");
    private static final UserRef ANNA = new UserRef(Platform.LOCAL, "anna");

    private final RecordingChatGateway gateway = new RecordingChatGateway();

    private final ChatCommand echo = new ChatCommand() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public CommandReply handle(CommandRequest request) {
            return CommandReply.inChannel(String.join("|", request.arguments().positional()));
        }
    };

    private final ChatCommand broken = new ChatCommand() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public CommandReply handle(CommandRequest request) {
            throw new IllegalStateException("database on fire");
        }
    };

    private CommandDispatcher dispatcher(Locale locale) {
        return dispatcher(locale, locale);
    }

    private CommandDispatcher dispatcher(Locale team, Locale caller) {
        UserLanguages languages = new UserLanguages() {
            @Override
            public Locale teamLocale() {
                return team;
            }

            @Override
            public Locale localeOf(UserRef user) {
                return caller;
            }
        };
        // echo takes words, so it has a usage text; broken has none, so it takes nothing
        StaticMessageSource messages = new StaticMessageSource();
        messages.setParentMessageSource(new ChatMessageSourceConfiguration().messageSource());
        messages.addMessage("command.echo.usage", caller, "WORDS");
        return new CommandDispatcher(
                List.of(echo, broken, new PingCommand(java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC))),
                gateway,
                messages,
                languages,
                new ChatProperties(Platform.LOCAL, "sd", null, 4000),
                new io.socialdesk.MigratedDatabase().transactionManager());
    }

    private static CommandInvoked invoked(String text, @Nullable MessageRef thread) {
        return new CommandInvoked("e1", SOCIAL, ANNA, text, thread, Instant.EPOCH);
    }

    @Test
    void runsTheNamedCommandWithTheWordsAfterIt() {
        dispatcher(Locale.ENGLISH).on(invoked("echo a \"b c\"", null));

        assertThat(gateway.said()).containsExactly(new RecordingChatGateway.Said("post", "social", "a|b c"));
    }

    @Test
    void answersPubliclyInTheCallersLanguageNotTheTeams() {
        dispatcher(Locale.GERMAN, Locale.ENGLISH).on(invoked("ping", null));

        assertThat(gateway.said()).singleElement().satisfies(said -> {
            assertThat(said.kind()).isEqualTo("post");
            assertThat(said.text()).contains("Pong!", "local chat", "reached me");
        });
    }

    @Test
    void repliesInTheThreadTheCommandCameFrom() {
        MessageRef thread = new MessageRef(SOCIAL, "parent");

        dispatcher(Locale.ENGLISH).on(invoked("ECHO x", thread));

        assertThat(gateway.said()).containsExactly(new RecordingChatGateway.Said("thread", "parent", "x"));
    }

    @Test
    void answersAnUnknownCommandPrivatelyWithWhatIsKnown() {
        dispatcher(Locale.GERMAN).on(invoked("frobnicate now", null));

        assertThat(gateway.said()).singleElement().satisfies(said -> {
            assertThat(said.kind()).isEqualTo("ephemeral");
            assertThat(said.where()).isEqualTo("social/anna");
            assertThat(said.text()).contains("`frobnicate`", "/sd help", "broken, echo, ping");
        });
    }

    @Test
    void explainsArgumentsItCannotRead() {
        dispatcher(Locale.ENGLISH).on(invoked("echo \"open", null));

        assertThat(gateway.said()).singleElement().satisfies(said -> {
            assertThat(said.kind()).isEqualTo("ephemeral");
            assertThat(said.text()).contains("quote \" is not closed", "/sd help");
        });
    }

    @Test
    void saysWhichQuoteWouldCloseAnOpenOne() {
        dispatcher(Locale.GERMAN).on(invoked("echo „Hallo Welt", null));

        assertThat(gateway.said()).singleElement().satisfies(said -> {
            assertThat(said.kind()).isEqualTo("ephemeral");
            assertThat(said.text()).contains("„ ist nicht geschlossen", "mit “ vor einem Leerzeichen oder am Ende");
        });
    }

    @Test
    void refusesWordsAfterACommandThatTakesNone() {
        dispatcher(Locale.ENGLISH).on(invoked("broken --force", null));

        assertThat(gateway.said()).singleElement().satisfies(said -> {
            assertThat(said.kind()).isEqualTo("ephemeral");
            assertThat(said.text()).contains("`/sd broken` takes nothing after it");
        });
    }

    @Test
    void aFailingCommandGetsAnAnswerNotSilence() {
        dispatcher(Locale.ENGLISH).on(invoked("broken", null));

        assertThat(gateway.said()).singleElement().satisfies(said -> {
            assertThat(said.kind()).isEqualTo("ephemeral");
            assertThat(said.text()).contains("`broken` failed").doesNotContain("database on fire");
        });
    }
}
