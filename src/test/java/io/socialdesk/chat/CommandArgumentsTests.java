package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandArgumentsTests {

    @Test
    void splitsWordsAndKeepsQuotedTextTogether() {
        CommandArguments arguments = CommandArguments.parse(
                "draft \"Neue Kampagne: 20 % Rabatt\" --networks linkedin,x --at=2026-12-01T09:00");

        assertThat(arguments.positional()).containsExactly("draft", "Neue Kampagne: 20 % Rabatt");
        assertThat(arguments.options()).isEqualTo(Map.of("networks", "linkedin,x", "at", "2026-12-01T09:00"));
    }

    @Test
    void treatsTypographicQuotesLikeTypedOnes() {
        assertThat(CommandArguments.parse("draft „Hallo Welt“ ‘x y’").positional())
                .containsExactly("draft", "Hallo Welt", "x y");
    }

    @Test
    void aLoneOptionIsASwitch() {
        assertThat(CommandArguments.parse("queue --all --week 49").options())
                .isEqualTo(Map.of("all", "true", "week", "49"));
    }

    @Test
    void restDropsTheCommandName() {
        CommandArguments rest = CommandArguments.parse("draft history 12").rest();

        assertThat(rest.first()).contains("history");
        assertThat(rest.positional()).containsExactly("history", "12");
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(CommandArguments.parse("   ").first()).isEmpty();
    }

    @Test
    void shellLikeTextIsOnlyText() {
        CommandArguments arguments = CommandArguments.parse("ping $(rm -rf /); `reboot` && echo 'a b'");

        assertThat(arguments.positional())
                .containsExactly("ping", "$(rm", "-rf", "/);", "`reboot`", "&&", "echo", "a b");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandArguments.parse("draft \"unfinished"))
                .withMessageContaining("quote \" is not closed");
    }
}
