package io.socialdesk.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words after a command's name: whitespace separates them, quotes keep a text with spaces and its own inner
 * quotes together (see {@link CommandWords} for the exact rules), {@code --name value} and {@code --name=value}
 * are options, a lone {@code --flag} is a switch. A quoted word is always text, even when it starts with
 * {@code --}. Text is never interpreted beyond that.
 */
public record CommandArguments(List<String> positional, Map<String, String> options) {

    public CommandArguments {
        positional = List.copyOf(positional);
        options = Map.copyOf(options);
    }

    /** The text opened a quote and never closed it. */
    public static final class UnclosedQuoteException extends IllegalArgumentException {

        private final char quote;
        private final char closing;

        UnclosedQuoteException(char quote, char closing) {
            super("a quote " + quote + " is not closed; it needs a " + closing + " before a space or at the end");
            this.quote = quote;
            this.closing = closing;
        }

        /** The opening quote. */
        public char quote() {
            return quote;
        }

        /** The quote that would close it. */
        public char closing() {
            return closing;
        }
    }

    /** Splits {@code text}; an unclosed quote is an {@link UnclosedQuoteException}. */
    public static CommandArguments parse(String text) {
        List<CommandWords.Word> words = CommandWords.split(text);
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            CommandWords.Word word = words.get(i);
            if (isOption(word)) {
                String option = word.text().substring(2);
                int equals = option.indexOf('=');
                if (equals > 0) {
                    options.put(option.substring(0, equals), option.substring(equals + 1));
                } else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
                    options.put(option, words.get(++i).text());
                } else {
                    options.put(option, "true");
                }
            } else {
                positional.add(word.text());
            }
        }
        return new CommandArguments(positional, options);
    }

    private static boolean isOption(CommandWords.Word word) {
        return !word.quoted() && word.text().startsWith("--") && word.text().length() > 2;
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
