package io.socialdesk.approval.draft;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.card.DraftCards;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.voting.Policies;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Takes new drafts: checks what the author asks for, refuses it with the reason before anything is written, else
 * stores the draft with its audit line and posts its approval card.
 */
@Service
class DraftSubmissions {

    private final Drafts drafts;
    private final AuditTrail audit;
    private final Policies policies;
    private final DraftCards cards;
    private final ApprovalProperties properties;
    private final DraftNotices notices;
    private final Team team;
    private final Clock clock;

    DraftSubmissions(
            Drafts drafts,
            AuditTrail audit,
            Policies policies,
            DraftCards cards,
            ApprovalProperties properties,
            DraftNotices notices,
            Team team,
            Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.policies = policies;
        this.cards = cards;
        this.properties = properties;
        this.notices = notices;
        this.team = team;
        this.clock = clock;
    }

    /** What an author asks to have approved. */
    record Submission(
            String text,
            List<Network> networks,
            @Nullable Instant plannedAt,
            @Nullable String campaign,
            @Nullable String imageUrl,
            @Nullable String policyId) {}

    @RefusableTransaction
    public Draft submit(Person author, Submission submission) {
        Instant now = Instant.now(clock);
        refuseUnfit(submission, now);
        ApprovalProperties.Policy policy =
                policies.named(submission.policyId() == null ? properties.defaultPolicy() : submission.policyId());
        String text = submission.text().strip();
        if (policy.blockOnCheckFailures()) {
            refuseFailedChecks(policy, text, submission);
        }
        Draft draft = drafts.insert(new Draft(
                0,
                author.id(),
                text,
                Map.of(),
                submission.networks(),
                submission.plannedAt(),
                team.zone(),
                submission.campaign(),
                submission.imageUrl(),
                policy.id(),
                DraftStatus.PENDING,
                Draft.hashOf(text, Map.of(), submission.networks(), submission.plannedAt(), submission.imageUrl()),
                null,
                now,
                now));
        audit.record(draft, author.id(), AuditAction.SUBMITTED, policy.id(), now);
        draft = draft.withCard(cards.post(draft));
        drafts.update(draft);
        return draft;
    }

    private void refuseUnfit(Submission submission, Instant now) {
        if (submission.text().isBlank()) {
            throw new DraftRefusedException("draft.error.text", notices.commandRoot());
        }
        if (submission.networks().isEmpty()) {
            throw new DraftRefusedException(
                    "draft.error.networks",
                    String.join(
                            ", ",
                            Arrays.stream(Network.values()).map(Network::key).toList()));
        }
        if (submission.campaign() != null && submission.campaign().length() > 100) {
            throw new DraftRefusedException("draft.error.campaign", 100);
        }
        if (submission.imageUrl() != null
                && (submission.imageUrl().length() > 2000
                        || !submission.imageUrl().matches("(?i)https?://\\S+"))) {
            throw new DraftRefusedException("draft.error.image");
        }
        if (submission.text().length() > 40_000) {
            throw new DraftRefusedException("draft.error.too-long", 40_000);
        }
        if (submission.plannedAt() != null && !submission.plannedAt().isAfter(now.plus(properties.expiryMargin()))) {
            throw new DraftRefusedException(
                    "draft.error.past", properties.expiryMargin().toMinutes());
        }
    }

    private void refuseFailedChecks(ApprovalProperties.Policy policy, String text, Submission submission) {
        List<NetworkCheck> failed = submission.networks().stream()
                .map(network -> NetworkCheck.of(network, text, properties.limitOf(network)))
                .filter(check -> !check.passes())
                .toList();
        List<GuidelineCheck.Finding> findings =
                GuidelineCheck.check(text, submission.campaign(), properties.guidelines());
        if (!failed.isEmpty() || !findings.isEmpty()) {
            throw new DraftBlockedException(policy.id(), failed, findings);
        }
    }
}
