package io.socialdesk.digest.clustering;

/**
 * One term of an item as the analyser found it.
 *
 * @param term the stemmed, normalised form, e.g. {@code regierung}
 * @param casing how it was written, which hints whether it names something
 * @param compoundPart whether it is the tail of a longer German compound ({@code regierung} from {@code
 *     bundesregierung}), which counts less than a word that was written on its own
 * @param surface the word as it was written, e.g. {@code Bundesregierung}, for showing a term to people
 */
public record AnalyzedTerm(String term, Casing casing, boolean compoundPart, String surface) {

    /** How a term was written, as a hint whether it is a name or a figure. */
    public enum Casing {
        /** Digits or an acronym: a name or a figure wherever it stands. */
        FIGURE,
        /** Capitalised inside a sentence-case sentence: probably a name (in English). */
        CAPITALISED,
        /** Lower case inside a sentence: an ordinary word. */
        LOWER,
        /** At the start of a sentence or in a Title Case headline: the capital says nothing. */
        UNKNOWN
    }
}
