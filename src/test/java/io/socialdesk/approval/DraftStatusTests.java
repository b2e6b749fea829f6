package io.socialdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftStatusTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "DRAFT, PENDING",
        "PENDING, APPROVED",
        "PENDING, REJECTED",
        "PENDING, CHANGES_REQUESTED",
        "PENDING, ON_HOLD",
        "PENDING, EXPIRED",
        "CHANGES_REQUESTED, PENDING",
        "ON_HOLD, PENDING",
        "APPROVED, SCHEDULED",
        "APPROVED, PENDING",
        "SCHEDULED, PUBLISHED",
        "SCHEDULED, HANDED_OVER",
        "SCHEDULED, CANCELLED",
    })
    void allowsTheFlowsArrows(DraftStatus from, DraftStatus to) {
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @CsvSource({
        "DRAFT, APPROVED",
        "PENDING, PUBLISHED",
        "REJECTED, PENDING",
        "PUBLISHED, CANCELLED",
        "EXPIRED, APPROVED",
        "CANCELLED, PENDING",
        "APPROVED, PUBLISHED",
        "CHANGES_REQUESTED, APPROVED",
    })
    void refusesEverythingElseSayingWhy(DraftStatus from, DraftStatus to) {
        assertThatThrownBy(() -> from.moveTo(to))
                .isInstanceOf(DraftStatus.IllegalDraftTransitionException.class)
                .hasMessage("a draft that is " + from.key() + " cannot become " + to.key());
    }
}
