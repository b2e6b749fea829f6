package io.socialdesk.approval.draft;

import io.socialdesk.chat.Texts;
import java.util.Locale;

/** How a network check and a guideline finding read, on the card and in a refusal. */
public final class CheckTexts {

    private CheckTexts() {}

    public static String check(Texts texts, NetworkCheck check) {
        String name = check.network().displayName();
        if (check.tooLong()) {
            return texts.get("card.check.long", name, check.length(), check.maxLength(), check.overflow());
        }
        if (check.tooManyHashtags()) {
            return texts.get("card.check.hashtags", name, check.hashtags(), check.maxHashtags());
        }
        return texts.get("card.check.ok", name, check.length(), check.maxLength());
    }

    public static String finding(Texts texts, GuidelineCheck.Finding finding) {
        return texts.get("card.guideline." + finding.kind().name().toLowerCase(Locale.ROOT), finding.value());
    }
}
