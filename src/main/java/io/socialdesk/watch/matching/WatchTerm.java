package io.socialdesk.watch.matching;

/**
 * One term as a watchlist names it: a word or a phrase, matched on word boundaries in folded spelling. A trailing
 * {@code *} asks for every word that starts with it ({@code Bahn*} also finds "Bahnhof"); every other character,
 * including those that look like a regular expression, stands for itself.
 *
 * @param written the term as configured, for people to read
 * @param folded the term in the spelling texts are matched in
 * @param prefix whether longer words starting with the term count too
 */
record WatchTerm(String written, String folded, boolean prefix) {

    static WatchTerm of(String configured) {
        String term = configured.strip();
        if (term.length() >= 2 && term.startsWith("\"") && term.endsWith("\"")) {
            term = term.substring(1, term.length() - 1).strip();
        }
        boolean prefix = term.length() > 1 && term.endsWith("*");
        String body = prefix ? term.substring(0, term.length() - 1) : term;
        String folded = FoldedText.of(body).folded().strip();
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("the term '" + configured + "' has nothing to match");
        }
        return new WatchTerm(term, folded, prefix);
    }

    /** Whether this term, found at folded {@code start..end} (inclusive), stands there as a whole word. */
    boolean standsAlone(FoldedText text, int start, int end) {
        boolean opensWord = Character.isLetterOrDigit(folded.charAt(0));
        boolean closesWord = Character.isLetterOrDigit(folded.charAt(folded.length() - 1));
        return !(opensWord && text.isWordAt(start - 1)) && (prefix || !(closesWord && text.isWordAt(end + 1)));
    }
}
