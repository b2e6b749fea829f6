/** Mentions of each watchlist in arriving feed items, stored once per article and counted per bucket. */
@NullMarked
package io.socialdesk.watch.counting;

import org.jspecify.annotations.NullMarked;
