/** Keeps arriving feed items for digests: stored per topic, each article once, read back by period. */
@NullMarked
package io.socialdesk.digest.intake;

import org.jspecify.annotations.NullMarked;
