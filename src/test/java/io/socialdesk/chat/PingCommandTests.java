package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

class PingCommandTests {

    private static final Instant SENT = Instant.parse("2026-06-01T09:00:00Z");

    private final MessageSource messages = new ChatMessageSourceConfiguration().messageSource();
    private final PingCommand ping = new PingCommand(Clock.fixed(SENT.plusMillis(42), ZoneOffset.UTC));

    private String pong(Platform platform, Locale language) {
        CommandInvoked invocation = new CommandInvoked(
                "e1", new ChannelRef(platform, "social"), new UserRef(platform, "U1"), "ping", null, SENT);
        CommandReply reply = ping.handle(
                new CommandRequest(invocation, CommandArguments.parse(""), new Texts(messages, language), "sd"));
        assertThat(reply.visibility()).isEqualTo(CommandReply.Visibility.CHANNEL);
        return reply.message().text();
    }

    @Test
    void namesThePlatformTheCommandCameFromInTheCallersLanguage() {
        assertThat(pong(Platform.LOCAL, Locale.GERMAN))
                .contains("Pong!", "lokaler Chat", "42 ms")
                .doesNotContain("local");
        assertThat(pong(Platform.LOCAL, Locale.ENGLISH)).contains("Pong!", "local chat", "42 ms");
        assertThat(pong(Platform.SLACK, Locale.GERMAN)).contains("Slack").doesNotContain("slack");
        assertThat(pong(Platform.DISCORD, Locale.ENGLISH)).contains("Discord").doesNotContain("discord");
    }

    @Test
    void everyPlatformHasADisplayNameInBothLanguages() {
        for (Platform platform : Platform.values()) {
            for (Locale language : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
                assertThat(messages.getMessage("platform." + platform.key() + ".name", null, null, language))
                        .as("%s in %s", platform, language)
                        .isNotBlank();
            }
        }
    }
}
