/**
 * The Slack adapter of the chat port (Bolt for Java, Socket Mode and the HTTP Events API), the only module that
 * imports {@code com.slack}. Inbound, it answers every authentic request, translates what the bot handles into the
 * chat port's events and publishes them through {@code InboundEvents}. Outbound, {@code ChatGateway} calls are
 * queued as typed {@code SlackCall}s in the outbox and delivered in order per conversation, one replica at a time.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"chat", "config", "http"})
package io.socialdesk.slack;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
