package io.socialdesk.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words after a command's name, split like a shell does: quotes keep spaces together, {@code --name value}
 * and {@code --name=value} are options, a lone {@code --flag} is a switch. Text is never interpreted beyond that.
 */
public record CommandArguments(List<String> positional, Map<String, String> options) {

    public CommandArguments {
        positional = List.copyOf(positional);
        options = Map.copyOf(options);
    }

    /** The text opened a quote and never closed it. */
    public static final class UnclosedQuoteException extends IllegalArgumentException {

        private final char quote;

        UnclosedQuoteException(char quote) {
            super("a quote " + quote + " is not closed");
            this.quote = quote;
        }

        public char quote() {
            return quote;
        }
    }

    /** Splits {@code text}; an unclosed quote is an {@link UnclosedQuoteException}. */
    public static CommandArguments parse(String text) {
        List<String> words = split(text);
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && word.length() > 2) {
                String option = word.substring(2);
                int equals = option.indexOf('=');
                if (equals > 0) {
                    options.put(option.substring(0, equals), option.substring(equals + 1));
                } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                    options.put(option, words.get(++i));
                } else {
                    options.put(option, "true");
                }
            } else {
                positional.add(word);
            }
        }
        return new CommandArguments(positional, options);
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = normaliseQuote(text.charAt(i));
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(text.charAt(i));
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UnclosedQuoteException(quote);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Chat apps turn typed quotes into typographic ones; treat them alike. */
    private static char normaliseQuote(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E' -> '"';
            case '\u2018', '\u2019', '\u201A' -> '\'';
            default -> c;
        };
    }

    /** The first word, which names the command, or empty. */
    public Optional<String> first() {
        return positional.isEmpty() ? Optional.empty() : Optional.of(positional.get(0));
    }

    /** These arguments without the first positional word. */
    public CommandArguments rest() {
        return new CommandArguments(
                positional.isEmpty() ? List.of() : positional.subList(1, positional.size()), options);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
