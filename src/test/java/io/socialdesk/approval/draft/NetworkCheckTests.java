package io.socialdesk.approval.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Network;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkCheckTests {

    private static final ApprovalProperties DEFAULTS = new ApprovalProperties(
            "approvals",
            "four-eyes",
            null,
            java.time.Duration.ofHours(24),
            java.time.Duration.ofMinutes(5),
            null,
            null,
            null,
            null,
            null);

    private static NetworkCheck check(Network network, String text) {
        return NetworkCheck.of(network, text, DEFAULTS.limitOf(network));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" counts {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            X         | Hallo Welt                                   | 10
            X         | Mehr unter https://example.com/ein/sehr/langer/pfad?mit=parametern | 34
            X         | 日本語                                        | 6
            X         | 👍🏽                                           | 2
            X         | 👨‍👩‍👧‍👦                                            | 2
            BLUESKY   | 👨‍👩‍👧‍👦 🇩🇪 e\u0301                                     | 5
            BLUESKY   | Grüße                                        | 5
            THREADS   | ❤️❤️                                          | 2
            LINKEDIN  | https://example.com/a                        | 21
            MASTODON  | Lies https://example.com/ein/sehr/langer/pfad?x=1 | 28
            MASTODON  | Hallo @anna@social.example.org!              | 12
            INSTAGRAM | #a #b                                        | 5
            """)
    void countsTheWayEachNetworkCounts(Network network, String text, int length) {
        assertThat(check(network, text).length()).isEqualTo(length);
    }

    @Test
    void reportsTheOverflowAgainstEachNetworksDefaultLimit() {
        String text = "a".repeat(290);

        assertThat(check(Network.X, text).overflow()).isEqualTo(10);
        assertThat(check(Network.X, text).passes()).isFalse();
        assertThat(check(Network.BLUESKY, text).passes()).isTrue();
        assertThat(check(Network.BLUESKY, "a".repeat(301)).overflow()).isEqualTo(1);
        assertThat(check(Network.LINKEDIN, "a".repeat(3000)).passes()).isTrue();
        assertThat(check(Network.LINKEDIN, "a".repeat(3001)).tooLong()).isTrue();
        assertThat(check(Network.INSTAGRAM, "a".repeat(2201)).overflow()).isEqualTo(1);
        assertThat(check(Network.FACEBOOK, "a".repeat(63_206)).passes()).isTrue();
        assertThat(check(Network.THREADS, "a".repeat(501)).overflow()).isEqualTo(1);
        assertThat(check(Network.MASTODON, "a".repeat(501)).overflow()).isEqualTo(1);
    }

    @Test
    void instagramAllowsThirtyHashtags() {
        String thirty = String.join(
                " ",
                java.util.stream.IntStream.rangeClosed(1, 30)
                        .mapToObj(i -> "#tag" + i)
                        .toList());

        assertThat(check(Network.INSTAGRAM, thirty).passes()).isTrue();
        assertThat(check(Network.INSTAGRAM, thirty + " #einsZuViel").tooManyHashtags())
                .isTrue();
        assertThat(check(Network.LINKEDIN, thirty + " #einsZuViel").passes())
                .as("LinkedIn sets no such limit")
                .isTrue();
    }

    @Test
    void hashtagsAreWordsNotNumbersOrAnchors() {
        assertThat(PostLength.hashtags("#Sommer2026 #München #1 &#39; C# a#b #_x"))
                .isEqualTo(3);
    }

    @Test
    void configuredLimitsReplaceTheDefaults() {
        ApprovalProperties properties = new ApprovalProperties(
                "approvals",
                "four-eyes",
                null,
                java.time.Duration.ofHours(24),
                java.time.Duration.ofMinutes(5),
                Map.of(
                        Network.MASTODON, new ApprovalProperties.NetworkLimit(11_000, null),
                        Network.INSTAGRAM, new ApprovalProperties.NetworkLimit(null, 5)),
                null,
                null,
                null,
                null);

        assertThat(properties.limitOf(Network.MASTODON)).isEqualTo(new ApprovalProperties.NetworkLimit(11_000, 0));
        assertThat(properties.limitOf(Network.INSTAGRAM)).isEqualTo(new ApprovalProperties.NetworkLimit(2200, 5));
        assertThat(properties.limitOf(Network.X)).isEqualTo(new ApprovalProperties.NetworkLimit(280, 0));
    }

    @Test
    void readsNetworkNamesAsPeopleWriteThem() {
        assertThat(List.of("linkedin", "LinkedIn", " x ", "twitter", "BLUESKY").stream()
                        .map(Network::parse))
                .containsExactly(Network.LINKEDIN, Network.LINKEDIN, Network.X, Network.X, Network.BLUESKY);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Network.parse("myspace"))
                .withMessageContaining("myspace");
    }
}
