package io.socialdesk.oncall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.config.InvalidConfigException;
import io.socialdesk.oncall.OncallProperties.Escalation;
import io.socialdesk.oncall.OncallProperties.EscalationStep;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainTests {

    private static final Duration ACK = Duration.ofMinutes(15);

    @Test
    void aRepeatedChainIsEveryRoundInOrderWithItsWaits() {
        Chain chain = Chain.of(
                new Escalation(
                        List.of(
                                new EscalationStep("on-watch", Duration.ofMinutes(10)),
                                new EscalationStep("lead:legal", null),
                                new EscalationStep("channel", null)),
                        1),
                ACK);

        assertThat(chain.steps())
                .extracting(Chain.Planned::step)
                .containsExactly(Step.ON_WATCH, Step.LEAD, Step.CHANNEL, Step.ON_WATCH, Step.LEAD, Step.CHANNEL);
        assertThat(chain.get(0).waitFor()).isEqualTo(Duration.ofMinutes(10));
        assertThat(chain.get(1).waitFor())
                .as("no wait given: acknowledge-within")
                .isEqualTo(ACK);
        assertThat(chain.get(1).ref()).isEqualTo("legal");
        assertThat(chain.get(2).round()).isZero();
        assertThat(chain.get(3).round()).isEqualTo(1);
    }

    @Test
    void aStoredChainReadsBackAsItWasPlanned() {
        Chain chain = Chain.of(
                new Escalation(
                        List.of(
                                new EscalationStep("person:anna", Duration.ofMinutes(5)),
                                new EscalationStep("admins", null)),
                        2),
                ACK);

        String stored = chain.encode();

        assertThat(stored).startsWith("PERSON=anna@300,ADMINS@900;PERSON=anna@300");
        assertThat(Chain.decode(stored, Duration.ofMinutes(1))).isEqualTo(chain);
    }

    @Test
    void aChainStoredBeforeWaitsWereConfigurableWaitsTheDefault() {
        Chain chain = Chain.decode("ON_WATCH,STAND_IN,ADMINS,CHANNEL", ACK);

        assertThat(chain.steps()).hasSize(4).allSatisfy(step -> {
            assertThat(step.waitFor()).isEqualTo(ACK);
            assertThat(step.round()).isZero();
        });
        assertThat(chain.get(3).step()).isEqualTo(Step.CHANNEL);
    }

    @Test
    void aPageStoredBeforeRoundsBelongsToTheFirstRound() {
        assertThat(Escalations.Paged.decode("anna")).isEqualTo(new Escalations.Paged(0, "anna"));
        assertThat(Escalations.Paged.decode("2:ben")).isEqualTo(new Escalations.Paged(2, "ben"));
    }

    @Test
    void aStepThatNamesNobodyWeKnowOfIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> new EscalationStep("boss", null))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("person:ID");
        assertThatThrownBy(() -> new EscalationStep("on-watch", Duration.ofSeconds(10)))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("at least 1m");
        assertThatThrownBy(() -> new Escalation(List.of(), 0)).isInstanceOf(InvalidConfigException.class);
        assertThatThrownBy(() -> new Escalation(List.of(new EscalationStep("channel", null)), 9))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("0 to 5");
    }
}
