package io.socialdesk.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Technical settings of the Slack adapter; the secrets are in {@link SlackCredentials}.
 *
 * @param apiUrl the Web API's address, changed only to test against a stand-in
 * @param maxRequestBytes the largest request body {@code /slack/events} reads; larger ones get 413
 * @param signatureTolerance how far a request's timestamp may be from our clock, either way
 * @param maxRetryAfter the longest Retry-After the adapter waits for in one go before it tries again
 */
@ConfigurationProperties(prefix = "socialdesk.slack")
record SlackProperties(
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("1048576") int maxRequestBytes,
        @DefaultValue("5m") Duration signatureTolerance,
        @DefaultValue("10m") Duration maxRetryAfter) {}
