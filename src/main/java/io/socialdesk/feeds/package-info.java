/**
 * Polls the team's RSS and Atom feeds (news, competitors, Google Alerts) with conditional GETs and backoff, parses them (the only module that imports Rome), stores and deduplicates items, and publishes {@code FeedItemsArrived}.
 */
@NullMarked
package io.socialdesk.feeds;

import org.jspecify.annotations.NullMarked;
