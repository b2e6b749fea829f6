package io.socialdesk.digest.eval;

import io.socialdesk.feeds.FeedItem;

/**
 * One labelled article: the item as a feed would deliver it, and the story the labeller put it in.
 *
 * @param item the article as a feed item (headline, outlet, date)
 * @param story the gold label
 */
record LabelledItem(FeedItem item, String story) {}
