package io.socialdesk.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command's text into words, keeping every quote people write inside a post.
 *
 * <ul>
 *   <li>Whitespace separates words. A word that starts with an opening quote (also right after the {@code =} of
 *       {@code --name=}) is quoted: it runs to a closing quote of its pair that stands before whitespace or at
 *       the end of the text, and keeps the whitespace and every other quote inside it. The pairs are
 *       {@code "…"}, {@code '…'}, {@code „…“}, {@code „…”}, {@code “…”}, {@code “…“}, {@code ‚…‘}, {@code ‚…’},
 *       {@code ‘…’}, {@code ‘…‘}, {@code «…»}, {@code »…«}, {@code ‹…›} and {@code ›…‹}.
 *   <li>When several closing quotes qualify, the first one after which no word is left ending in such a quote
 *       that no quote of its own opened. So in {@code "Sie sagte "Hallo" und ging"} the inner pair stays text,
 *       while {@code "a b" "c d"} stays two words.
 *   <li>{@code \"} is a literal {@code "}, inside quotes and out; it never opens or closes anything.
 *   <li>Quotes inside an unquoted word ({@code Let's}, {@code 5"}) are text.
 * </ul>
 */
final class CommandWords {

    /** One word; {@code quoted} words are text even when they start with {@code --}. */
    record Word(String text, boolean quoted) {}

    private static final String ESCAPED_QUOTE = "\\\"";

    private CommandWords() {}

    /**
     * The words of {@code text}; an opening quote without a closing one is an
     * {@link CommandArguments.UnclosedQuoteException}.
     */
    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            int end = wordEnd(text, at);
            int quote = quoteStart(text, at, end);
            if (quote < 0) {
                words.add(new Word(unescape(text.substring(at, end)), false));
                at = end;
            } else {
                int closing = closingQuote(text, quote);
                String prefix = text.substring(at, quote);
                words.add(new Word(prefix + unescape(text.substring(quote + 1, closing)), prefix.isEmpty()));
                at = closing + 1;
            }
        }
        return words;
    }

    /**
     * The closing quote chosen for the quote opened at {@code opening}: the first candidate after which the rest of
     * the text leaves no stray closing quote of the same pair, else the last candidate, so no text is lost.
     */
    private static int closingQuote(String text, int opening) {
        char opener = text.charAt(opening);
        String closers = closersOf(opener);
        int last = -1;
        for (int at = opening + 1; at < text.length(); at++) {
            if (isEscapedQuote(text, at)) {
                at++;
            } else if (closes(text, at, closers)) {
                if (!strayClosingQuoteAfter(text, at + 1, closers)) {
                    return at;
                }
                last = at;
            }
        }
        if (last < 0) {
            throw new CommandArguments.UnclosedQuoteException(opener, closers.charAt(0));
        }
        return last;
    }

    /**
     * Whether a word after {@code from} ends in one of {@code closers} without a quote of its own being open: that
     * closing quote then belongs to a quote opened earlier.
     */
    private static boolean strayClosingQuoteAfter(String text, int from, String closers) {
        String open = null;
        int at = from;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
                continue;
            }
            int end = wordEnd(text, at);
            int last = end - 1;
            if (open != null) {
                if (closes(text, last, open)) {
                    open = null;
                }
            } else {
                int quote = quoteStart(text, at, end);
                if (quote >= 0) {
                    String own = closersOf(text.charAt(quote));
                    if (last == quote || !closes(text, last, own)) {
                        open = own;
                    }
                } else if (closes(text, last, closers)) {
                    return true;
                }
            }
            at = end;
        }
        return false;
    }

    /** Whether the character at {@code at} is one of {@code closers}, not escaped, before whitespace or the end. */
    private static boolean closes(String text, int at, String closers) {
        return closers.indexOf(text.charAt(at)) >= 0
                && !(at > 0 && isEscapedQuote(text, at - 1))
                && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    /** Where the quote of the word from {@code start} to {@code end} opens, or -1 when it is not quoted. */
    private static int quoteStart(String text, int start, int end) {
        int quote = start;
        if (text.startsWith("--", start)) {
            int equals = text.indexOf('=', start);
            if (equals < 0 || equals >= end) {
                return -1;
            }
            quote = equals + 1;
        }
        return quote < end && !closersOf(text.charAt(quote)).isEmpty() ? quote : -1;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isEscapedQuote(String text, int at) {
        return text.startsWith(ESCAPED_QUOTE, at);
    }

    private static String unescape(String text) {
        return text.replace(ESCAPED_QUOTE, "\"");
    }

    /** The quotes that close one opened by {@code opener}; empty when {@code opener} opens no quote. */
    private static String closersOf(char opener) {
        return switch (opener) {
            case '"' -> "\"";
            case '\'' -> "'";
            case '\u201E' -> "\u201C\u201D"; // „ closes with “ (German) or ” (Polish, Hungarian)
            case '\u201C' -> "\u201D\u201C"; // “ closes with ” (English) or “ (a German closing quote typed twice)
            case '\u201A' -> "\u2018\u2019"; // ‚ closes with ‘ or ’
            case '\u2018' -> "\u2019\u2018"; // ‘ closes with ’ or ‘
            case '\u00AB' -> "\u00BB"; // « »
            case '\u00BB' -> "\u00AB"; // » « as German books write them
            case '\u2039' -> "\u203A"; // ‹ ›
            case '\u203A' -> "\u2039"; // › ‹
            default -> "";
        };
    }
}
