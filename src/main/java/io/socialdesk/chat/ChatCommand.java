package io.socialdesk.chat;

/**
 * A sub-command of the bot's command root, e.g. {@code help} in {@code /sd help}. Declare one as a bean in the
 * module that owns it; every adapter and {@code help} pick it up. Its help text comes from the message bundles
 * under {@code command.<name>.help}, and {@code command.<name>.usage} when it takes arguments; several ways to use
 * it are separated by {@code " | "} there, and {@code /sd help <name>} shows each on a line of its own.
 */
public interface ChatCommand {

    /** The word after the command root: lower case, no spaces. */
    String name();

    /**
     * Runs the command. Bad arguments are answered with {@link CommandReply#privately(String)} and a usage hint;
     * an exception becomes a generic error reply and is logged.
     */
    CommandReply handle(CommandRequest request);
}
