package io.socialdesk.approval.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.draft.GuidelineCheck.Finding;
import io.socialdesk.approval.draft.GuidelineCheck.Finding.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuidelineCheckTests {

    private static final ApprovalProperties.Guidelines GUIDELINES = new ApprovalProperties.Guidelines(
            List.of("kostenlos", "100 % sicher"),
            Map.of("advent", new ApprovalProperties.Campaign(List.of("#advent2026", "adventskalender"), "Anzeige")));

    @Test
    void findsForbiddenWordsAsWholeWordsWhateverTheirCase() {
        assertThat(GuidelineCheck.check("Jetzt KOSTENLOS testen – 100 % sicher!", null, GUIDELINES))
                .containsExactly(new Finding(Kind.FORBIDDEN, "kostenlos"), new Finding(Kind.FORBIDDEN, "100 % sicher"));
        assertThat(GuidelineCheck.check("Die Kostenloskultur im Netz", null, GUIDELINES))
                .isEmpty();
    }

    @Test
    void aCampaignsHashtagsAndNoticeMustBeThere() {
        assertThat(GuidelineCheck.check("Tür 1 öffnet sich! #Advent2026", "advent", GUIDELINES))
                .containsExactly(
                        new Finding(Kind.MISSING_HASHTAG, "#adventskalender"),
                        new Finding(Kind.MISSING_DISCLAIMER, "Anzeige"));
        assertThat(GuidelineCheck.check("Anzeige: Tür 1! #advent2026 #adventskalender", "advent", GUIDELINES))
                .isEmpty();
        assertThat(GuidelineCheck.check("#advent2026x #adventskalender Anzeige", "advent", GUIDELINES))
                .as("a longer tag is another tag")
                .containsExactly(new Finding(Kind.MISSING_HASHTAG, "#advent2026"));
    }

    @Test
    void otherCampaignsAndNoCampaignOnlyMeetTheForbiddenWords() {
        assertThat(GuidelineCheck.check("Sommer!", "sommer", GUIDELINES)).isEmpty();
        assertThat(GuidelineCheck.check("Sommer!", null, GUIDELINES)).isEmpty();
    }
}
