package io.socialdesk.digest.clustering;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words of an article address's slug ({@code /2014/05/24/francos-disturbing-movie-30476839.html} → "francos
 * disturbing movie"). Outlets put the full headline there, where the feed's title may be cut off or be a generic
 * column name, so the slug is a second short text of the same story. Ids, dates and file endings are left out.
 */
final class LinkSlug {

    private static final int FEWEST_WORDS = 2;

    private LinkSlug() {}

    static String words(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return "";
        }
        String path;
        try {
            path = URI.create(link.trim()).getPath();
        } catch (IllegalArgumentException malformed) {
            return "";
        }
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            List<String> words = new ArrayList<>();
            for (String part : segment.replaceFirst("\\.[a-zA-Z0-9]{2,5}$", "").split("[-_+]+")) {
                if (part.length() >= 2 && part.chars().allMatch(Character::isLetter)) {
                    words.add(part);
                }
            }
            // a slug is a run of words joined by hyphens; a lone word is a section name like "news"
            if (words.size() >= FEWEST_WORDS) {
                out.append(out.length() == 0 ? "" : " ").append(String.join(" ", words));
            }
        }
        return out.toString();
    }
}
