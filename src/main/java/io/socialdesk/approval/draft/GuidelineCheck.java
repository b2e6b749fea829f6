package io.socialdesk.approval.draft;

import io.socialdesk.approval.ApprovalProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks a draft against the team's guidelines: forbidden words, and a campaign's hashtags and disclaimer. */
public final class GuidelineCheck {

    /** One thing the text gets wrong. */
    public record Finding(Kind kind, String value) {

        public enum Kind {
            FORBIDDEN,
            MISSING_HASHTAG,
            MISSING_DISCLAIMER
        }
    }

    private GuidelineCheck() {}

    public static List<Finding> check(
            String text, @Nullable String campaign, ApprovalProperties.Guidelines guidelines) {
        List<Finding> findings = new ArrayList<>();
        for (String word : guidelines.forbidden()) {
            Pattern whole = Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.trim()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (whole.matcher(text).find()) {
                findings.add(new Finding(Finding.Kind.FORBIDDEN, word.trim()));
            }
        }
        ApprovalProperties.Campaign rules =
                campaign == null ? null : guidelines.campaigns().get(campaign);
        if (rules != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String hashtag : rules.requiredHashtags()) {
                String tag = hashtag.startsWith("#") ? hashtag : "#" + hashtag;
                Pattern present = Pattern.compile(Pattern.quote(tag.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}_])");
                if (!present.matcher(lower).find()) {
                    findings.add(new Finding(Finding.Kind.MISSING_HASHTAG, tag));
                }
            }
            if (rules.disclaimer() != null && !lower.contains(rules.disclaimer().toLowerCase(Locale.ROOT))) {
                findings.add(new Finding(Finding.Kind.MISSING_DISCLAIMER, rules.disclaimer()));
            }
        }
        return findings;
    }
}
