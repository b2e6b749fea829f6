package io.socialdesk.approval.card;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.draft.CheckTexts;
import io.socialdesk.approval.draft.GuidelineCheck;
import io.socialdesk.approval.draft.NetworkCheck;
import io.socialdesk.approval.voting.ApprovalRules;
import io.socialdesk.approval.voting.Decision;
import io.socialdesk.approval.voting.Vote;
import io.socialdesk.chat.Block;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The approval message: the draft's preview, each network's check, the policy's steps with who has approved and
 * who is needed now, the status, and buttons for people who prefer them to reactions. Edited in place as votes
 * come in, so the channel always shows the current state.
 */
public final class ApprovalCard {

    static final String APPROVE = "approval.approve";
    static final String REJECT = "approval.reject";
    static final String CHANGES = "approval.changes";
    static final String HOLD = "approval.hold";

    /** The decision a card's button stands for. */
    public static Optional<Decision> decisionOf(String actionId) {
        return switch (actionId) {
            case APPROVE -> Optional.of(Decision.APPROVE);
            case REJECT -> Optional.of(Decision.REJECT);
            case CHANGES -> Optional.of(Decision.REQUEST_CHANGES);
            case HOLD -> Optional.of(Decision.HOLD);
            default -> Optional.empty();
        };
    }

    private final Texts texts;
    private final Function<String, String> personName;
    private final Function<String, String> groupName;
    private final Map<Decision, Emoji> reactions;

    ApprovalCard(
            Texts texts,
            Function<String, String> personName,
            Function<String, String> groupName,
            Map<Decision, Emoji> reactions) {
        this.texts = texts;
        this.personName = personName;
        this.groupName = groupName;
        this.reactions = reactions;
    }

    OutgoingMessage render(
            Draft draft,
            ApprovalProperties.Policy policy,
            ApprovalRules rules,
            ApprovalRules.Evaluation evaluation,
            List<Vote> votes,
            List<String> uncountedApprovals,
            List<NetworkCheck> checks,
            List<GuidelineCheck.Finding> findings) {
        String author = personName.apply(draft.authorId());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Section(texts.get("card.title", draft.id(), author) + "\n" + meta(draft)));
        blocks.add(new Block.Section(quote(draft.text())));
        draft.variants()
                .forEach((network, variant) -> blocks.add(
                        new Block.Section(texts.get("card.variant", network.displayName()) + "\n" + quote(variant))));
        if (draft.imageUrl() != null) {
            blocks.add(new Block.Image(draft.imageUrl(), texts.get("card.image")));
        }
        blocks.add(new Block.Context(
                checks.stream().map(check -> CheckTexts.check(texts, check)).collect(Collectors.joining(" · "))));
        if (!findings.isEmpty()) {
            blocks.add(new Block.Context(findings.stream()
                    .map(finding -> CheckTexts.finding(texts, finding))
                    .collect(Collectors.joining(" · "))));
        }
        blocks.add(new Block.Section(steps(draft, policy, rules, evaluation, votes)));
        if (!uncountedApprovals.isEmpty() && !draft.status().isFinal()) {
            // the platform's chip counts every ✅; the card says whose do not count (yet)
            blocks.add(new Block.Context(
                    texts.get("card.uncounted", reactions.get(Decision.APPROVE).display(), names(uncountedApprovals))));
        }
        blocks.add(new Block.Context(status(draft, evaluation)));
        if (draft.status() == DraftStatus.PENDING || draft.status() == DraftStatus.ON_HOLD) {
            blocks.add(new Block.Context(texts.get(
                    "card.howto",
                    reactions.get(Decision.APPROVE).display(),
                    reactions.get(Decision.REJECT).display(),
                    reactions.get(Decision.REQUEST_CHANGES).display(),
                    reactions.get(Decision.HOLD).display())));
            String id = String.valueOf(draft.id());
            blocks.add(new Block.Actions(List.of(
                    new Block.Button(APPROVE, texts.get("card.button.approve"), id, Block.Button.Style.PRIMARY),
                    new Block.Button(REJECT, texts.get("card.button.reject"), id, Block.Button.Style.DANGER),
                    new Block.Button(CHANGES, texts.get("card.button.changes"), id, Block.Button.Style.DEFAULT),
                    new Block.Button(HOLD, texts.get("card.button.hold"), id, Block.Button.Style.DEFAULT))));
        }
        return new OutgoingMessage(
                texts.get(
                        "card.fallback",
                        draft.id(),
                        author,
                        texts.get("status." + draft.status().key())),
                blocks);
    }

    private String meta(Draft draft) {
        List<String> parts = new ArrayList<>();
        parts.add(
                draft.plannedAt() == null ? texts.get("card.meta.asap") : texts.get("card.meta.planned", when(draft)));
        parts.add(draft.networks().stream().map(Network::displayName).collect(Collectors.joining(", ")));
        if (draft.campaign() != null) {
            parts.add(texts.get("card.meta.campaign", draft.campaign()));
        }
        return String.join(" · ", parts);
    }

    String when(Draft draft) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(texts.locale())
                        .format(draft.plannedAt().atZone(draft.zone()))
                + " (" + draft.zone().getId() + ")";
    }

    private String steps(
            Draft draft,
            ApprovalProperties.Policy policy,
            ApprovalRules rules,
            ApprovalRules.Evaluation evaluation,
            List<Vote> votes) {
        List<String> lines = new ArrayList<>();
        boolean closed = draft.status().isFinal() && evaluation.outcome() != ApprovalRules.Evaluation.Outcome.APPROVED;
        for (int step = 0; step < policy.steps().size(); step++) {
            ApprovalProperties.Step rule = policy.steps().get(step);
            String state;
            if (evaluation.outcome() == ApprovalRules.Evaluation.Outcome.APPROVED || step < evaluation.step()) {
                // who approved a step stays on the card after the decision
                state = texts.get("card.step.done", names(approversOf(step, draft, votes)));
            } else if (closed) {
                // an expired, cancelled or rejected draft needs nobody any more
                state = texts.get("card.step.closed");
            } else if (step == evaluation.step()) {
                state = evaluation.stillPossible().isEmpty() && evaluation.approvalsNeeded() == 0
                        ? texts.get("card.step.nobody")
                        : texts.get(
                                "card.step.current",
                                names(evaluation.approvedBy()),
                                evaluation.missing(),
                                names(evaluation.stillPossible()));
            } else {
                state = texts.get("card.step.waiting");
            }
            lines.add(texts.get("card.step.line", step + 1, who(rule, rules.eligible(draft.authorId(), step)), state));
        }
        return String.join("\n", lines);
    }

    private static List<String> approversOf(int step, Draft draft, List<Vote> votes) {
        return votes.stream()
                .filter(vote -> vote.step() == step
                        && vote.decision() == Decision.APPROVE
                        && vote.contentHash().equals(draft.contentHash()))
                .map(Vote::personId)
                .distinct()
                .toList();
    }

    private String who(ApprovalProperties.Step rule, List<String> eligible) {
        String pool = rule.group() != null
                ? groupName.apply(rule.group())
                : !rule.people().isEmpty() ? names(rule.people()) : texts.get("card.step.approvers");
        return switch (rule.rule()) {
            case ANY -> texts.get("card.step.any", pool);
            case ALL -> texts.get("card.step.all", pool);
            case N_OF -> texts.get("card.step.nof", rule.count(), pool);
        };
    }

    private String status(Draft draft, ApprovalRules.Evaluation evaluation) {
        if (evaluation.stoppedBy() != null && !draft.status().isFinal()) {
            return texts.get("status." + draft.status().key()) + " – "
                    + personName.apply(evaluation.stoppedBy().personId());
        }
        return texts.get("status." + draft.status().key());
    }

    private String names(List<String> people) {
        return people.isEmpty() ? "–" : people.stream().map(personName).collect(Collectors.joining(", "));
    }

    private static String quote(String text) {
        return text.lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
    }
}
