package io.socialdesk.digest.clustering;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's German chain with the umlauts folded before the stop words are removed, not after, so "ueber" (typed
 * without a German keyboard) is dropped like "über" is. The stop list is Lucene's German one, folded the same way.
 */
final class GermanFoldingAnalyzer extends Analyzer {

    private final CharArraySet stopWords = folded(GermanAnalyzer.getDefaultStopSet());

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new GermanNormalizationFilter(result);
        result = new StopFilter(result, stopWords);
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), false);
        try (Analyzer folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
            }
        }) {
            for (Object word : words) {
                String text = word instanceof char[] chars ? new String(chars) : word.toString();
                try (TokenStream stream = folding.tokenStream("word", text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        folded.add(term.toString());
                    }
                    stream.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded;
    }
}
