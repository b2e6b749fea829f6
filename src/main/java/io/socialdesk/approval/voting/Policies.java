package io.socialdesk.approval.voting;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.draft.DraftRefusedException;
import io.socialdesk.team.Team;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The approval policies of the config, and the rules a draft is judged by. */
@Component
public class Policies {

    private static final Logger log = LoggerFactory.getLogger(Policies.class);

    private final ApprovalProperties properties;
    private final Team team;

    Policies(ApprovalProperties properties, Team team) {
        this.properties = properties;
        this.team = team;
    }

    /** The policy named {@code id}; refused with the list of policies if there is none. */
    public ApprovalProperties.Policy named(String id) {
        return properties.policies().stream()
                .filter(policy -> policy.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new DraftRefusedException(
                        "draft.error.policy",
                        id,
                        String.join(
                                ", ",
                                properties.policies().stream()
                                        .map(ApprovalProperties.Policy::id)
                                        .toList())));
    }

    /**
     * The policy a stored draft was submitted under; if the config no longer has it, the default policy, so a
     * change to the config never leaves a draft that nobody can act on.
     */
    public ApprovalProperties.Policy of(Draft draft) {
        return properties.policies().stream()
                .filter(policy -> policy.id().equals(draft.policyId()))
                .findFirst()
                .orElseGet(() -> {
                    log.warn(
                            "Draft #{} names policy '{}', which the config no longer has; using '{}'",
                            draft.id(),
                            draft.policyId(),
                            properties.defaultPolicy());
                    return named(properties.defaultPolicy());
                });
    }

    public ApprovalRules rulesFor(Draft draft) {
        return new ApprovalRules(of(draft), ApproverDirectory.of(team));
    }

    /** Where a draft stands under its policy, given its votes. */
    public ApprovalRules.Evaluation evaluate(Draft draft, List<Vote> votes) {
        return rulesFor(draft).evaluate(draft.authorId(), draft.contentHash(), votes);
    }
}
