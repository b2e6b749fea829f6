package io.socialdesk.chat;

/**
 * One run of a {@link ChatCommand}.
 *
 * @param invocation the event as it came from the platform
 * @param arguments the words after the command's own name
 * @param texts the message bundles in the language of the person who asked
 * @param root the command root as configured, e.g. {@code sd}, for usage hints
 */
public record CommandRequest(CommandInvoked invocation, CommandArguments arguments, Texts texts, String root) {

    public UserRef user() {
        return invocation.user();
    }

    public ChannelRef channel() {
        return invocation.channel();
    }
}
