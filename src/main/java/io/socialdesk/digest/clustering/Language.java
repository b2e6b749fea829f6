package io.socialdesk.digest.clustering;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.jspecify.annotations.Nullable;

/** The languages the digest analyses; anything else is treated as English, whose analysis is the most neutral. */
public enum Language {
    GERMAN,
    ENGLISH;

    /**
     * The item's language from what the feed declares ({@code de}, {@code de-AT}, {@code en-us}); when it declares
     * none or another one, guessed from the text: umlauts or ß, or more German than English stop words, mean German.
     */
    public static Language of(@Nullable String declared, String text) {
        if (declared != null) {
            String tag = declared.trim().toLowerCase(Locale.ROOT);
            if (tag.startsWith("de")) {
                return GERMAN;
            }
            if (tag.startsWith("en")) {
                return ENGLISH;
            }
        }
        return guess(text);
    }

    static Language guess(String text) {
        CharArraySet german = GermanAnalyzer.getDefaultStopSet();
        CharArraySet english = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        int germanVotes = 0;
        int englishVotes = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0 || word.indexOf('ü') >= 0 || word.indexOf('ß') >= 0) {
                germanVotes += 2;
            }
            // the two stop lists share a few words ("in", "an"): those vote for neither
            boolean inGerman = german.contains(word);
            boolean inEnglish = english.contains(word);
            if (inGerman && !inEnglish) {
                germanVotes++;
            } else if (inEnglish && !inGerman) {
                englishVotes++;
            }
        }
        return germanVotes > englishVotes ? GERMAN : ENGLISH;
    }
}
