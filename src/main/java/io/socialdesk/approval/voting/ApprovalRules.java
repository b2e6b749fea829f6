package io.socialdesk.approval.voting;

import io.socialdesk.approval.ApprovalProperties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Applies an approval policy to the votes a draft has: a pure function of the policy, the team, the author, the
 * draft's current content and the votes, so every rule is tested as a table and nothing depends on the order in
 * which reactions arrived.
 *
 * <p>The rules: steps are passed in order; a step names a group, people, or (neither) everybody with the approver
 * role, and needs any one, all, or n of them. The author never counts (four-eyes). A vote counts only for the step
 * it was cast in and only for the content it was cast on, so editing the text voids every approval. One reject
 * rejects; a request for changes or a hold stops the flow until it is taken back.
 */
public final class ApprovalRules {

    private final ApprovalProperties.Policy policy;
    private final ApproverDirectory directory;

    ApprovalRules(ApprovalProperties.Policy policy, ApproverDirectory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    /** Why someone may not vote on the current step. */
    enum Ineligibility {
        AUTHOR,
        NOT_IN_GROUP,
        NOT_NAMED,
        NOT_AN_APPROVER
    }

    /** Where a draft stands under this policy. */
    public record Evaluation(
            Outcome outcome,
            int step,
            List<String> approvedBy,
            List<String> stillPossible,
            int approvalsNeeded,
            @Nullable Vote stoppedBy) {

        public enum Outcome {
            PENDING,
            APPROVED,
            REJECTED,
            CHANGES_REQUESTED,
            ON_HOLD
        }

        /** How many more approvals the current step needs. */
        public int missing() {
            return Math.max(0, approvalsNeeded - approvedBy.size());
        }
    }

    int steps() {
        return policy.steps().size();
    }

    /** Why {@code personId} may not vote on {@code step} of a draft by {@code author}; empty if they may. */
    Optional<Ineligibility> ineligibility(String personId, String author, int step) {
        if (personId.equals(author)) {
            return Optional.of(Ineligibility.AUTHOR);
        }
        ApprovalProperties.Step rule = policy.steps().get(step);
        if (rule.group() != null) {
            return directory.membersOf(rule.group()).contains(personId)
                    ? Optional.empty()
                    : Optional.of(Ineligibility.NOT_IN_GROUP);
        }
        if (!rule.people().isEmpty()) {
            return rule.people().contains(personId) ? Optional.empty() : Optional.of(Ineligibility.NOT_NAMED);
        }
        return directory.isApprover(personId) ? Optional.empty() : Optional.of(Ineligibility.NOT_AN_APPROVER);
    }

    /** The first step after {@code step} that {@code personId} may vote on; empty if none. */
    OptionalInt laterStepFor(String personId, String author, int step) {
        for (int later = step + 1; later < steps(); later++) {
            if (ineligibility(personId, author, later).isEmpty()) {
                return OptionalInt.of(later);
            }
        }
        return OptionalInt.empty();
    }

    /** Everybody who may vote on {@code step}, the author excluded. */
    public List<String> eligible(String author, int step) {
        ApprovalProperties.Step rule = policy.steps().get(step);
        List<String> candidates = rule.group() != null
                ? directory.membersOf(rule.group())
                : !rule.people().isEmpty() ? rule.people() : directory.approvers();
        return candidates.stream()
                .filter(person -> !person.equals(author))
                .distinct()
                .toList();
    }

    Evaluation evaluate(String author, String contentHash, List<Vote> votes) {
        Map<String, Vote> current = currentVotes(author, contentHash, votes);
        Vote stop = current.values().stream()
                .filter(vote -> vote.decision() != Decision.APPROVE)
                .min(Comparator.comparing((Vote vote) -> severity(vote.decision()))
                        .thenComparing(Vote::at))
                .orElse(null);
        for (int step = 0; step < steps(); step++) {
            List<String> eligible = eligible(author, step);
            int stepIndex = step;
            List<String> approvedBy = current.values().stream()
                    .filter(vote -> vote.step() == stepIndex && vote.decision() == Decision.APPROVE)
                    .sorted(Comparator.comparing(Vote::at))
                    .map(Vote::personId)
                    .toList();
            int needed = needed(policy.steps().get(step), eligible.size());
            if (stop != null && stop.step() == step) {
                return new Evaluation(outcomeOf(stop), step, approvedBy, remaining(eligible, approvedBy), needed, stop);
            }
            if (approvedBy.size() < needed || needed == 0) {
                return new Evaluation(
                        Evaluation.Outcome.PENDING, step, approvedBy, remaining(eligible, approvedBy), needed, null);
            }
        }
        return new Evaluation(Evaluation.Outcome.APPROVED, steps() - 1, List.of(), List.of(), 0, null);
    }

    /**
     * The latest vote of every eligible person per step, on the current content; votes of people who were not
     * eligible for the step they voted on are dropped.
     */
    private Map<String, Vote> currentVotes(String author, String contentHash, List<Vote> votes) {
        Map<String, Vote> latest = new LinkedHashMap<>();
        votes.stream()
                .filter(vote -> vote.contentHash().equals(contentHash))
                .filter(vote -> vote.step() >= 0 && vote.step() < steps())
                .filter(vote ->
                        ineligibility(vote.personId(), author, vote.step()).isEmpty())
                .sorted(Comparator.comparing(Vote::at))
                .forEach(vote -> latest.put(vote.personId() + "#" + vote.step(), vote));
        return latest;
    }

    /**
     * Approvals a step needs; 0 when nobody is eligible, which keeps the step pending for people to notice. An
     * n-of step keeps its n even when the author is among the named people: the policy is not weakened silently.
     */
    private static int needed(ApprovalProperties.Step step, int eligible) {
        if (eligible == 0) {
            return 0;
        }
        return switch (step.rule()) {
            case ANY -> 1;
            case ALL -> eligible;
            case N_OF -> step.count();
        };
    }

    private static List<String> remaining(List<String> eligible, List<String> approvedBy) {
        List<String> remaining = new ArrayList<>(eligible);
        remaining.removeAll(approvedBy);
        return remaining;
    }

    private static int severity(Decision decision) {
        return switch (decision) {
            case REJECT -> 0;
            case REQUEST_CHANGES -> 1;
            case HOLD -> 2;
            case APPROVE -> 3;
        };
    }

    private static Evaluation.Outcome outcomeOf(Vote stop) {
        return switch (stop.decision()) {
            case REJECT -> Evaluation.Outcome.REJECTED;
            case REQUEST_CHANGES -> Evaluation.Outcome.CHANGES_REQUESTED;
            case HOLD -> Evaluation.Outcome.ON_HOLD;
            case APPROVE -> throw new IllegalArgumentException("an approval stops nothing");
        };
    }
}
