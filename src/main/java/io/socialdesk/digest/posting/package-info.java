/**
 * The digest itself: per topic, the period's stories (clustered, most sources first) and rising terms, rendered in
 * the team's language, posted when {@code digest.schedule} fires and on demand with {@code /sd digest}.
 */
@NullMarked
package io.socialdesk.digest.posting;

import org.jspecify.annotations.NullMarked;
