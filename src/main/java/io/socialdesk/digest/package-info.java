/**
 * Clusters duplicate stories and finds rising terms in German and English feed items, and posts trend digests on a schedule and on demand. Listens to {@code FeedItemsArrived}.
 */
@NullMarked
package io.socialdesk.digest;

import org.jspecify.annotations.NullMarked;
