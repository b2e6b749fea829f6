package io.socialdesk.digest.clustering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a headline or summary into terms with Lucene's German or English analyser: lower case, stop words removed,
 * stemmed, and for German umlauts folded ({@code ä}, {@code ae} and {@code a} meet). German compounds also yield their
 * tails, because the head of a German compound is its last part and outlets shorten them differently
 * ("Bundesregierung", "Regierung"). Thread-safe: Lucene analysers keep their state per thread.
 */
public final class StoryAnalyzer implements AutoCloseable {

    /** A German tail must be at least this long to be a word of its own rather than a suffix like "-ung". */
    private static final int SHORTEST_TAIL = 5;
    /** ... and leave at least this much in front of it. */
    private static final int SHORTEST_HEAD = 3;

    private final Analyzer german = new GermanFoldingAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();

    /** The terms of {@code text} in order, with compound tails after the word they came from. */
    public List<AnalyzedTerm> terms(String text, Language language) {
        List<AnalyzedTerm> terms = new ArrayList<>();
        boolean titleCase = isTitleCase(text);
        Analyzer analyzer = language == Language.GERMAN ? german : english;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                String surface = text.substring(offset.startOffset(), Math.min(text.length(), offset.endOffset()));
                AnalyzedTerm.Casing casing = casing(surface, text, offset.startOffset(), titleCase);
                terms.add(new AnalyzedTerm(value, casing, false, surface));
                if (language == Language.GERMAN) {
                    for (int start = SHORTEST_HEAD; value.length() - start >= SHORTEST_TAIL; start++) {
                        terms.add(new AnalyzedTerm(value.substring(start), AnalyzedTerm.Casing.UNKNOWN, true, surface));
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            // analysing a String cannot fail on I/O; keep the signature free of it
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * Names and figures tell stories apart better than ordinary words: a token with a digit or an acronym is one
     * wherever it stands; a capital says something only inside a sentence of a headline that is not in Title Case.
     */
    private static AnalyzedTerm.Casing casing(String surface, String text, int start, boolean titleCase) {
        if (surface.isEmpty()) {
            return AnalyzedTerm.Casing.UNKNOWN;
        }
        boolean digit = false;
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (digit || (letters >= 2 && upper == letters && !isShouted(text))) {
            return AnalyzedTerm.Casing.FIGURE;
        }
        if (titleCase || startsSentence(text, start)) {
            return AnalyzedTerm.Casing.UNKNOWN;
        }
        return Character.isUpperCase(surface.charAt(0)) ? AnalyzedTerm.Casing.CAPITALISED : AnalyzedTerm.Casing.LOWER;
    }

    /** A headline written all in capitals has no acronyms to tell apart. */
    private static boolean isShouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    }

    private static boolean startsSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            if (c == '.' || c == '!' || c == '?' || c == ':') {
                return true;
            }
        }
        return true;
    }

    /** Most words of four or more letters capitalised: the outlet writes headlines in Title Case. */
    static boolean isTitleCase(String text) {
        int words = 0;
        int capitalised = 0;
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                words++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }

    @Override
    public void close() {
        german.close();
        english.close();
    }
}
