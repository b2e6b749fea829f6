package io.socialdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiTests {

    @ParameterizedTest(name = "{0} is the check mark")
    @ValueSource(strings = {"white_check_mark", ":white_check_mark:", "✅", " ✅ "})
    void everySpellingOfTheCheckMarkIsOneEmoji(String spelling) {
        assertThat(Emoji.of(spelling)).isEqualTo(new Emoji("white_check_mark", "✅"));
    }

    @ParameterizedTest(name = "{0} is thumbs up")
    @ValueSource(strings = {"+1", ":+1:", "+1::skin-tone-2", ":+1::skin-tone-6:", "thumbsup", "👍", "👍🏽", "👍🏿"})
    void skinTonesAndAliasesMapToTheSameThumbsUp(String spelling) {
        assertThat(Emoji.of(spelling)).isEqualTo(Emoji.of("👍"));
        assertThat(Emoji.of(spelling).unicode()).isEqualTo("👍");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "✏️, ✏",
        "pencil2, ✏️",
        "⏸️, ⏸",
        "double_vertical_bar, ⏸️",
        "x, ❌",
    })
    void variationSelectorsDoNotSplitAnEmoji(String one, String other) {
        assertThat(Emoji.of(one)).isEqualTo(Emoji.of(other));
    }

    @ParameterizedTest
    @CsvSource({
        "':partyparrot:', partyparrot",
        "'<:partyparrot:1234567890>', partyparrot",
        "'<a:partyparrot:42>', partyparrot"
    })
    void customEmojiKeepTheirName(String spelling, String name) {
        Emoji emoji = Emoji.of(spelling);
        assertThat(emoji.name()).isEqualTo(name);
        assertThat(emoji.unicode()).isNull();
        assertThat(emoji.display()).isEqualTo(":" + name + ":");
    }

    @Test
    void aCustomNameLongerThanAnyPlatformAllowsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Emoji.of("a".repeat(65)));
        assertThat(Emoji.of("a".repeat(64)).name()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello world", "<script>", "✅✅x"})
    void textThatIsNoEmojiIsRefused(String spelling) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Emoji.of(spelling))
                .withMessageContaining("not an emoji");
    }

    @ParameterizedTest
    @ValueSource(strings = {"❌", "x"})
    void rejectAndApproveAreDifferent(String reject) {
        assertThat(Emoji.of(reject)).isNotEqualTo(Emoji.of("✅"));
    }

    @Test
    void aSpellingSeenBeforeParsesAsTheFirstTimeAndRefusedTextStaysRefused() {
        assertThat(Emoji.of(":+1::skin-tone-4:")).isEqualTo(Emoji.of("+1"));
        assertThat(Emoji.of(":+1::skin-tone-4:")).isEqualTo(Emoji.of("👍"));
        assertThatIllegalArgumentException().isThrownBy(() -> Emoji.of("not an emoji"));
        assertThatIllegalArgumentException().isThrownBy(() -> Emoji.of("not an emoji"));
    }
}
