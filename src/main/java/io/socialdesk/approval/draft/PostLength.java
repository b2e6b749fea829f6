package io.socialdesk.approval.draft;

import com.twitter.twittertext.TwitterTextParser;
import io.socialdesk.approval.Network;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a post is, the way each network counts: X by weight (twitter-text: most Latin text 1, CJK and emoji
 * 2, every link 23), Mastodon with every link as 23 and {@code @user@server} as {@code @user}, the others in
 * graphemes, so that an emoji with skin tone or a flag counts once as people see it.
 */
final class PostLength {

    static final int LINK_LENGTH = 23;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE_MENTION =
            Pattern.compile("(?<![\\w@])(@[\\w.]+)@[\\w.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&#])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");

    private PostLength() {}

    static int of(Network network, String text) {
        return switch (network) {
            case X -> TwitterTextParser.parseTweet(text).weightedLength;
            case MASTODON ->
                graphemes(REMOTE_MENTION.matcher(withLinksAs23(text)).replaceAll("$1"));
            default -> graphemes(text);
        };
    }

    static int graphemes(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static int hashtags(String text) {
        Matcher matcher = HASHTAG.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String withLinksAs23(String text) {
        return LINK.matcher(text).replaceAll("x".repeat(LINK_LENGTH));
    }
}
