package io.socialdesk.approval.card;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.draft.GuidelineCheck;
import io.socialdesk.approval.draft.NetworkCheck;
import io.socialdesk.approval.voting.ApprovalRules;
import io.socialdesk.approval.voting.DecisionEmojis;
import io.socialdesk.approval.voting.Policies;
import io.socialdesk.approval.voting.Reactions;
import io.socialdesk.approval.voting.Vote;
import io.socialdesk.approval.voting.Votes;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A draft's approval card in the approvals channel: posted on submission, edited in place as votes come in, and
 * replaced by a fresh one when an edit voids the votes (the old card keeps everybody's reactions).
 */
@Component
public class DraftCards {

    private final ChatGateway chat;
    private final Channels channels;
    private final ApprovalProperties properties;
    private final Policies policies;
    private final Votes votes;
    private final Reactions reactions;
    private final DraftNotices notices;
    private final DecisionEmojis emojis;

    DraftCards(
            ChatGateway chat,
            Channels channels,
            ApprovalProperties properties,
            Policies policies,
            Votes votes,
            Reactions reactions,
            DraftNotices notices,
            DecisionEmojis emojis) {
        this.chat = chat;
        this.channels = channels;
        this.properties = properties;
        this.policies = policies;
        this.votes = votes;
        this.reactions = reactions;
        this.notices = notices;
        this.emojis = emojis;
    }

    public MessageRef post(Draft draft) {
        List<Vote> cast = votes.of(draft.id());
        return chat.post(channels.channel(properties.channel()), render(draft, cast, policies.evaluate(draft, cast)));
    }

    public void update(Draft draft) {
        List<Vote> cast = votes.of(draft.id());
        update(draft, cast, policies.evaluate(draft, cast));
    }

    /** Shows the card as {@code evaluation} of {@code cast} has it, which the caller has already worked out. */
    public void update(Draft draft, List<Vote> cast, ApprovalRules.Evaluation evaluation) {
        if (draft.card() != null) {
            chat.update(draft.card(), render(draft, cast, evaluation));
        }
    }

    /** Marks the old card as replaced and posts a new one. */
    public MessageRef replace(Draft draft) {
        if (draft.card() != null) {
            chat.update(draft.card(), OutgoingMessage.text(notices.teamTexts().get("card.superseded", draft.id())));
        }
        return post(draft);
    }

    private OutgoingMessage render(Draft draft, List<Vote> cast, ApprovalRules.Evaluation evaluation) {
        return new ApprovalCard(notices.teamTexts(), notices::name, notices::groupName, emojis.all())
                .render(
                        draft,
                        policies.of(draft),
                        policies.rulesFor(draft),
                        evaluation,
                        cast,
                        draft.card() == null
                                ? List.of()
                                : reactions.uncountedApprovals(
                                        draft.id(), draft.card().id(), draft.contentHash()),
                        checks(draft),
                        guidelineFindings(draft));
    }

    /** Each network's check on the text that network will get. */
    List<NetworkCheck> checks(Draft draft) {
        return draft.networks().stream()
                .map(network -> NetworkCheck.of(network, draft.textFor(network), properties.limitOf(network)))
                .toList();
    }

    /** The guidelines apply to every version of the text. */
    private List<GuidelineCheck.Finding> guidelineFindings(Draft draft) {
        return Stream.concat(Stream.of(draft.text()), draft.variants().values().stream())
                .flatMap(text -> GuidelineCheck.check(text, draft.campaign(), properties.guidelines()).stream())
                .distinct()
                .toList();
    }
}
