package io.socialdesk.chat;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Explains a start without a chat adapter: the tokens that are set chose a platform this build cannot talk to.
 * Names the environment variables, never their values.
 */
public final class MissingChatAdapterFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoSuchBeanDefinitionException missing
                    && ChatGateway.class.equals(missing.getBeanType())) {
                return new FailureAnalysis(
                        "No chat adapter is available for the platform chosen by the tokens that are set"
                                + " (SLACK_BOT_TOKEN chooses Slack, DISCORD_BOT_TOKEN chooses Discord, none the"
                                + " local chat).",
                        "Unset the platform token to run on the local chat, or use a build that includes the"
                                + " adapter for that platform.",
                        failure);
            }
        }
        return null;
    }
}
