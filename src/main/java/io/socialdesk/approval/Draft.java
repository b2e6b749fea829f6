package io.socialdesk.approval;

import io.socialdesk.chat.MessageRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A post waiting for sign-off: the text, the networks it is meant for, when it should go out (in the zone it was
 * planned in), and where its approval card is in chat.
 *
 * @param contentHash covers everything an approver approves: text, networks, planned time and image, so changing
 *     any of them voids the approvals
 */
public record Draft(
        long id,
        String authorId,
        String text,
        List<Network> networks,
        @Nullable Instant plannedAt,
        ZoneId zone,
        @Nullable String campaign,
        @Nullable String imageUrl,
        String policyId,
        DraftStatus status,
        String contentHash,
        @Nullable MessageRef card,
        Instant createdAt,
        Instant updatedAt) {

    public Draft {
        networks = List.copyOf(networks);
    }

    static String hashOf(String text, List<Network> networks, @Nullable Instant plannedAt, @Nullable String imageUrl) {
        String content = String.join(
                "\u0000",
                text,
                networks.stream().map(Network::key).sorted().collect(Collectors.joining(",")),
                String.valueOf(plannedAt),
                String.valueOf(imageUrl));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    /** Whether a draft still waiting for approval has run out of time: its slot, less the margin, has come. */
    static boolean isOverdue(@Nullable Instant plannedAt, java.time.Duration margin, Instant now) {
        return plannedAt != null && !plannedAt.minus(margin).isAfter(now);
    }

    Draft withStatus(DraftStatus next, Instant at) {
        return new Draft(
                id,
                authorId,
                text,
                networks,
                plannedAt,
                zone,
                campaign,
                imageUrl,
                policyId,
                status.moveTo(next),
                contentHash,
                card,
                createdAt,
                at);
    }

    Draft withText(String newText, Instant at) {
        return new Draft(
                id,
                authorId,
                newText,
                networks,
                plannedAt,
                zone,
                campaign,
                imageUrl,
                policyId,
                status,
                hashOf(newText, networks, plannedAt, imageUrl),
                card,
                createdAt,
                at);
    }

    Draft withCard(MessageRef newCard) {
        return new Draft(
                id,
                authorId,
                text,
                networks,
                plannedAt,
                zone,
                campaign,
                imageUrl,
                policyId,
                status,
                contentHash,
                newCard,
                createdAt,
                updatedAt);
    }
}
