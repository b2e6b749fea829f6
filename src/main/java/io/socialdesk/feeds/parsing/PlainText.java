package io.socialdesk.feeds.parsing;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/** Turns a feed's title or description, which may hold HTML and entities, into one line of plain text. */
final class PlainText {

    private PlainText() {}

    static String of(@Nullable String markup) {
        if (markup == null || markup.isBlank()) {
            return "";
        }
        // Feeds escape twice often enough ("&amp;lt;b&amp;gt;"): a text still looking like markup after one pass is
        // read once more.
        String text = Jsoup.parse(markup).text();
        if (text.indexOf('<') >= 0 && text.indexOf('>') > text.indexOf('<')) {
            text = Jsoup.parse(text).text();
        }
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
