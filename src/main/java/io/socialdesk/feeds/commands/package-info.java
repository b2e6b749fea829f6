/** The {@code /sd feed} command: adding, listing, removing feeds from chat and showing how they are doing. */
@NullMarked
package io.socialdesk.feeds.commands;

import org.jspecify.annotations.NullMarked;
