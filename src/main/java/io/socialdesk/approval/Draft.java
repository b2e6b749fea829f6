package io.socialdesk.approval;

import io.socialdesk.chat.MessageRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A post waiting for sign-off: the text, the networks it is meant for, when it should go out (in the zone it was
 * planned in), and where its approval card is in chat.
 *
 * @param variants a network's own version of the text, where the author wrote one
 * @param contentHash covers everything an approver approves: texts, networks, planned time and image, so changing
 *     any of them voids the approvals
 */
public record Draft(
        long id,
        String authorId,
        String text,
        Map<Network, String> variants,
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
        variants = Map.copyOf(variants);
    }

    /** The text that goes out on {@code network}: its own version, else the draft's text. */
    public String textFor(Network network) {
        return variants.getOrDefault(network, text);
    }

    public static String hashOf(
            String text,
            Map<Network, String> variants,
            List<Network> networks,
            @Nullable Instant plannedAt,
            @Nullable String imageUrl) {
        String content = String.join(
                "\u0000",
                text,
                new TreeMap<>(variants).toString(),
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
    public static boolean isOverdue(@Nullable Instant plannedAt, java.time.Duration margin, Instant now) {
        return plannedAt != null && !plannedAt.minus(margin).isAfter(now);
    }

    public Draft withStatus(DraftStatus next, Instant at) {
        return rebuilt(text, variants, status.moveTo(next), contentHash, card, at);
    }

    public Draft withText(String newText, Instant at) {
        return rebuilt(newText, variants, status, hashOf(newText, variants, networks, plannedAt, imageUrl), card, at);
    }

    /** This draft with {@code network}'s own text; a blank text removes the variant. */
    public Draft withVariant(Network network, String variant, Instant at) {
        Map<Network, String> changed = new java.util.EnumMap<>(Network.class);
        changed.putAll(variants);
        if (variant.isBlank()) {
            changed.remove(network);
        } else {
            changed.put(network, variant.strip());
        }
        return rebuilt(text, changed, status, hashOf(text, changed, networks, plannedAt, imageUrl), card, at);
    }

    /** The draft as read from the database, with the variants stored beside it. */
    public Draft withStoredVariants(Map<Network, String> stored) {
        return rebuilt(text, stored, status, contentHash, card, updatedAt);
    }

    public Draft withCard(MessageRef newCard) {
        return rebuilt(text, variants, status, contentHash, newCard, updatedAt);
    }

    /** A copy with what may change after submission; author, networks, time and policy stay as submitted. */
    private Draft rebuilt(
            String newText,
            Map<Network, String> newVariants,
            DraftStatus newStatus,
            String newHash,
            @Nullable MessageRef newCard,
            Instant newUpdatedAt) {
        return new Draft(
                id,
                authorId,
                newText,
                newVariants,
                networks,
                plannedAt,
                zone,
                campaign,
                imageUrl,
                policyId,
                newStatus,
                newHash,
                newCard,
                createdAt,
                newUpdatedAt);
    }
}
