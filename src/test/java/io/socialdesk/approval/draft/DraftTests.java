package io.socialdesk.approval.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftTests {

    private static final Instant SLOT = Instant.parse("2026-12-01T08:00:00Z");

    @ParameterizedTest(name = "{0} before the slot with margin {1}: overdue {2}")
    @CsvSource({
        "PT10M, PT5M, false",
        "PT5M1S, PT5M, false",
        "PT5M, PT5M, true",
        "PT1M, PT5M, true",
        "PT0S, PT0S, true",
        "PT1S, PT0S, false",
        "-PT1H, PT5M, true",
    })
    void aDraftExpiresWhenItsSlotLessTheMarginHasCome(Duration before, Duration margin, boolean overdue) {
        assertThat(Draft.isOverdue(SLOT, margin, SLOT.minus(before))).isEqualTo(overdue);
    }

    @Test
    void aDraftWithoutATimeNeverExpires() {
        assertThat(Draft.isOverdue(null, Duration.ZERO, Instant.MAX)).isFalse();
    }

    @Test
    void theContentHashCoversTextNetworksTimeAndImageButNotTheirOrder() {
        String base = Draft.hashOf("Text", Map.of(), List.of(Network.X, Network.LINKEDIN), SLOT, null);

        assertThat(Draft.hashOf("Text", Map.of(), List.of(Network.LINKEDIN, Network.X), SLOT, null))
                .isEqualTo(base);
        assertThat(Draft.hashOf("Text!", Map.of(), List.of(Network.X, Network.LINKEDIN), SLOT, null))
                .isNotEqualTo(base);
        assertThat(Draft.hashOf("Text", Map.of(), List.of(Network.X), SLOT, null))
                .isNotEqualTo(base);
        assertThat(Draft.hashOf("Text", Map.of(), List.of(Network.X, Network.LINKEDIN), SLOT.plusSeconds(60), null))
                .isNotEqualTo(base);
        assertThat(Draft.hashOf(
                        "Text", Map.of(), List.of(Network.X, Network.LINKEDIN), SLOT, "https://img.example/a.png"))
                .isNotEqualTo(base);
        assertThat(Draft.hashOf("Text", Map.of(Network.X, "Kurz"), List.of(Network.X, Network.LINKEDIN), SLOT, null))
                .as("a network's own text is approved too")
                .isNotEqualTo(base);
    }
}
