package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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
        assertThat(CommandArguments.parse("draft „Hallo Welt“ ‘x y’ “English style” “mixed up“")
                        .positional())
                .containsExactly("draft", "Hallo Welt", "x y", "English style", "mixed up");
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
    void keepsGermanQuotesInsideAQuotedText() {
        CommandArguments arguments = CommandArguments.parse("draft \"Wir sagen „Danke“ an alle Fans\" --networks x");

        assertThat(arguments.positional()).containsExactly("draft", "Wir sagen „Danke“ an alle Fans");
        assertThat(arguments.options()).isEqualTo(Map.of("networks", "x"));
    }

    @Test
    void aBackslashBeforeAQuoteMakesItALiteralQuote() {
        assertThat(CommandArguments.parse("draft \"escaped \\\"inner\\\" quote\"")
                        .positional())
                .containsExactly("draft", "escaped \"inner\" quote");
        assertThat(CommandArguments.parse("draft \"Er sagte \\\"Hallo\\\"\" --networks x")
                        .positional())
                .as("an escaped quote right before the closing one")
                .containsExactly("draft", "Er sagte \"Hallo\"");
        assertThat(CommandArguments.parse("draft edit 12 \\\"Hallo\\\"").positional())
                .as("outside quotes too")
                .containsExactly("draft", "edit", "12", "\"Hallo\"");
    }

    @Test
    void anInnerQuoteRightBeforeTheClosingOneStays() {
        assertThat(CommandArguments.parse("draft \"Unser CEO: „Wir wachsen weiter“\"")
                        .positional())
                .containsExactly("draft", "Unser CEO: „Wir wachsen weiter“");
        assertThat(CommandArguments.parse("draft \"Zitat des Tages: \"Mut\"\" --at 9")
                        .positional())
                .containsExactly("draft", "Zitat des Tages: \"Mut\"");
    }

    @Test
    void germanQuotesCanBeTheOuterPairAndAppearInsideIt() {
        CommandArguments arguments =
                CommandArguments.parse("draft „Wir sagen „Danke“ und „Tschüss“ an alle Fans“ --networks x,linkedin");

        assertThat(arguments.positional()).containsExactly("draft", "Wir sagen „Danke“ und „Tschüss“ an alle Fans");
        assertThat(arguments.options()).isEqualTo(Map.of("networks", "x,linkedin"));
    }

    @Test
    void singleTypographicQuotesAndApostrophesInsideStay() {
        assertThat(CommandArguments.parse("draft \"Das ‚Sommerfest‘ ist Anna’s Idee\"")
                        .positional())
                .containsExactly("draft", "Das ‚Sommerfest‘ ist Anna’s Idee");
        assertThat(CommandArguments.parse("draft „Unser ‚Team‘ sagt’s“").positional())
                .containsExactly("draft", "Unser ‚Team‘ sagt’s");
        assertThat(CommandArguments.parse("draft 'Rock 'n' Roll' --networks x").positional())
                .containsExactly("draft", "Rock 'n' Roll");
    }

    @Test
    void anInnerQuoteBeforeASpaceStaysWhenTheOuterPairClosesLater() {
        assertThat(CommandArguments.parse("draft \"Sie sagte \"Hallo\" und ging\" --networks x")
                        .positional())
                .containsExactly("draft", "Sie sagte \"Hallo\" und ging");
        assertThat(CommandArguments.parse("draft \"Er sagte: \"Guten Morgen\" und \"Tschüss\" zu allen\"")
                        .positional())
                .containsExactly("draft", "Er sagte: \"Guten Morgen\" und \"Tschüss\" zu allen");
    }

    @Test
    void separateQuotedWordsStaySeparate() {
        assertThat(CommandArguments.parse("watch add \"Sommer Fest\" „Neue Kampagne“ 'a b' \"\"")
                        .positional())
                .containsExactly("watch", "add", "Sommer Fest", "Neue Kampagne", "a b", "");
    }

    @Test
    void guillemetsQuoteInBothDirections() {
        assertThat(CommandArguments.parse("draft »Ein «Zitat» hier« «Un »autre« ici»")
                        .positional())
                .containsExactly("draft", "Ein «Zitat» hier", "Un »autre« ici");
    }

    @Test
    void quotesInsideAnUnquotedWordAreText() {
        assertThat(CommandArguments.parse("draft edit 12 Let's say 5\" is „small“")
                        .positional())
                .containsExactly("draft", "edit", "12", "Let's", "say", "5\"", "is", "small");
    }

    @Test
    void aQuotedWordIsTextEvenWhenItLooksLikeAnOption() {
        CommandArguments arguments = CommandArguments.parse("draft \"--networks\" --campaign \"--x\"");

        assertThat(arguments.positional()).containsExactly("draft", "--networks");
        assertThat(arguments.options()).isEqualTo(Map.of("campaign", "--x"));
    }

    @Test
    void anOptionValueCanBeQuoted() {
        CommandArguments arguments =
                CommandArguments.parse("draft \"Text\" --campaign=\"Sommer 2026\" --policy „Recht & PR“");

        assertThat(arguments.positional()).containsExactly("draft", "Text");
        assertThat(arguments.options()).isEqualTo(Map.of("campaign", "Sommer 2026", "policy", "Recht & PR"));
    }

    @Test
    void anUnclosedTypographicQuoteIsNamed() {
        assertThatExceptionOfType(CommandArguments.UnclosedQuoteException.class)
                .isThrownBy(() -> CommandArguments.parse("draft „Hallo Welt"))
                .withMessageContaining("quote „ is not closed")
                .satisfies(unclosed -> assertThat(unclosed.closing()).isEqualTo('“'));
        assertThatExceptionOfType(CommandArguments.UnclosedQuoteException.class)
                .as("a closing quote counts only before a space or at the end")
                .isThrownBy(() -> CommandArguments.parse("draft \"Hallo\"Welt"))
                .withMessageContaining("quote \" is not closed");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandArguments.parse("draft \"unfinished"))
                .withMessageContaining("quote \" is not closed");
    }
}
