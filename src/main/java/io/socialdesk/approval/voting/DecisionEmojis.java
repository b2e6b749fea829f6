package io.socialdesk.approval.voting;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.chat.Emoji;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Which reaction stands for which decision ({@code approval.reactions}); skin tones do not matter. */
@Component
public class DecisionEmojis {

    private final Map<Decision, Emoji> emojis = new EnumMap<>(Decision.class);

    DecisionEmojis(ApprovalProperties properties) {
        properties.reactions().forEach((decision, emoji) -> emojis.put(decision, Emoji.of(emoji)));
    }

    Optional<Decision> decisionOf(Emoji emoji) {
        return emojis.entrySet().stream()
                .filter(entry -> entry.getValue().equals(emoji))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    Emoji emojiOf(Decision decision) {
        return emojis.get(decision);
    }

    public Map<Decision, Emoji> all() {
        return Map.copyOf(emojis);
    }
}
