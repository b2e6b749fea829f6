package io.socialdesk.approval.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.ApprovalProperties.Rule;
import io.socialdesk.approval.ApprovalProperties.Step;
import io.socialdesk.approval.voting.ApprovalRules.Evaluation.Outcome;
import io.socialdesk.approval.voting.ApprovalRules.Ineligibility;
import io.socialdesk.team.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ApprovalRulesTests {

    private static final String V1 = "content-v1";
    private static final String V2 = "content-v2";

    /** anna writes; marketing is anna and ben; legal is clara and dora; eve is an approver in no group. */
    private static final ApproverDirectory TEAM = new ApproverDirectory(
            Map.of(
                    "anna", Set.of(Role.APPROVER),
                    "ben", Set.of(Role.APPROVER),
                    "clara", Set.of(),
                    "dora", Set.of(),
                    "eve", Set.of(Role.APPROVER)),
            Map.of("marketing", List.of("anna", "ben"), "legal", List.of("clara", "dora")));

    private final List<Vote> votes = new ArrayList<>();
    private int clock;

    private static ApprovalRules rules(Step... steps) {
        return new ApprovalRules(new ApprovalProperties.Policy("p", List.of(steps), false), TEAM);
    }

    private static Step group(String group, Rule rule) {
        return new Step(group, null, rule, null);
    }

    private static Step people(Rule rule, @Nullable Integer count, String... people) {
        return new Step(null, List.of(people), rule, count);
    }

    private void vote(String person, Decision decision, int step, String content) {
        votes.add(new Vote(person, decision, step, content, Instant.ofEpochSecond(++clock)));
    }

    private void approve(String person, int step) {
        vote(person, Decision.APPROVE, step, V1);
    }

    private ApprovalRules.Evaluation evaluate(ApprovalRules rules) {
        return rules.evaluate("anna", V1, votes);
    }

    @Test
    void theAuthorCanNeverApproveTheirOwnDraft() {
        ApprovalRules rules = rules(group("marketing", Rule.ANY));

        assertThat(rules.ineligibility("anna", "anna", 0)).contains(Ineligibility.AUTHOR);
        approve("anna", 0);
        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(evaluate(rules).stillPossible()).containsExactly("ben");

        approve("ben", 0);
        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void anyOneOfAGroupThenAllOfAnother() {
        ApprovalRules rules = rules(group("marketing", Rule.ANY), group("legal", Rule.ALL));

        approve("ben", 0);
        assertThat(evaluate(rules)).satisfies(evaluation -> {
            assertThat(evaluation.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(evaluation.step()).isEqualTo(1);
            assertThat(evaluation.missing()).isEqualTo(2);
            assertThat(evaluation.stillPossible()).containsExactly("clara", "dora");
        });
        approve("clara", 1);
        assertThat(evaluate(rules).missing()).isEqualTo(1);
        approve("dora", 1);
        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void nOfMCountsDistinctPeople() {
        ApprovalRules rules = rules(people(Rule.N_OF, 2, "ben", "clara", "eve"));

        approve("ben", 0);
        approve("ben", 0);
        assertThat(evaluate(rules).outcome())
                .as("the same person twice is one approval")
                .isEqualTo(Outcome.PENDING);
        approve("eve", 0);
        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void nOfMIsNotWeakenedWhenTheAuthorIsNamed() {
        ApprovalRules rules = rules(people(Rule.N_OF, 3, "anna", "ben", "eve"));

        approve("ben", 0);
        approve("eve", 0);

        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(evaluate(rules).stillPossible()).isEmpty();
    }

    @Test
    void withoutGroupOrPeopleAnyApproverMayApprove() {
        ApprovalRules rules = rules(new Step(null, null, Rule.ANY, null));

        assertThat(rules.ineligibility("clara", "anna", 0)).contains(Ineligibility.NOT_AN_APPROVER);
        assertThat(rules.ineligibility("eve", "anna", 0)).isEmpty();
        assertThat(rules.eligible("anna", 0)).containsExactly("ben", "eve");
    }

    @Test
    void votesOfPeopleNotEligibleForTheirStepDoNotCount() {
        ApprovalRules rules = rules(group("legal", Rule.ANY));

        assertThat(rules.ineligibility("ben", "anna", 0)).contains(Ineligibility.NOT_IN_GROUP);
        approve("ben", 0);
        vote("eve", Decision.REJECT, 0, V1);

        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(rules(people(Rule.ANY, null, "clara")).ineligibility("dora", "anna", 0))
                .contains(Ineligibility.NOT_NAMED);
    }

    @Test
    void aWithdrawnVoteNoLongerCountsAndCanUndoAFinishedStep() {
        ApprovalRules rules = rules(group("marketing", Rule.ANY), group("legal", Rule.ANY));
        approve("ben", 0);
        assertThat(evaluate(rules).step()).isEqualTo(1);

        votes.removeIf(vote -> vote.personId().equals("ben"));

        assertThat(evaluate(rules).step()).isEqualTo(0);
        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void editingTheContentVoidsEveryApproval() {
        ApprovalRules rules = rules(group("marketing", Rule.ANY));
        approve("ben", 0);
        assertThat(rules.evaluate("anna", V1, votes).outcome()).isEqualTo(Outcome.APPROVED);

        assertThat(rules.evaluate("anna", V2, votes).outcome()).isEqualTo(Outcome.PENDING);

        vote("ben", Decision.APPROVE, 0, V2);
        assertThat(rules.evaluate("anna", V2, votes).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void oneRejectRejectsEvenAfterApprovals() {
        ApprovalRules rules = rules(people(Rule.ALL, null, "ben", "eve"));
        approve("ben", 0);
        vote("eve", Decision.REJECT, 0, V1);

        ApprovalRules.Evaluation evaluation = evaluate(rules);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(evaluation.stoppedBy().personId()).isEqualTo("eve");
    }

    @Test
    void changesAndHoldsStopTheFlowUntilTakenBack() {
        ApprovalRules rules = rules(people(Rule.ANY, null, "ben", "eve"));
        vote("ben", Decision.HOLD, 0, V1);
        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.ON_HOLD);
        vote("eve", Decision.REQUEST_CHANGES, 0, V1);
        assertThat(evaluate(rules).outcome())
                .as("changes weigh more than a hold")
                .isEqualTo(Outcome.CHANGES_REQUESTED);

        votes.removeIf(vote -> vote.decision() != Decision.APPROVE);
        approve("eve", 0);

        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void aPersonsLaterVoteReplacesTheirEarlierOne() {
        ApprovalRules rules = rules(people(Rule.ANY, null, "ben"));
        vote("ben", Decision.REJECT, 0, V1);
        approve("ben", 0);

        assertThat(evaluate(rules).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void aStepNobodyMayApproveStaysPendingAndSaysSo() {
        ApprovalRules rules = rules(people(Rule.ANY, null, "anna"));

        ApprovalRules.Evaluation evaluation = evaluate(rules);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(evaluation.stillPossible()).isEmpty();
        assertThat(evaluation.approvalsNeeded()).isZero();
    }
}
