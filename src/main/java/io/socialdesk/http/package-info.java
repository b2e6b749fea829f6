/**
 * How the bot talks HTTP with other services, one way each: HMAC-SHA256 signatures (Slack's requests to us, our
 * webhooks to others), {@code Retry-After} answers, and the backoff between retries. Used by the chat adapters and
 * the publishers; depends on nothing of the bot.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.socialdesk.http;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
