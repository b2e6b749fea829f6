/** Telling the team, and both people, when the watch passes from one person to the next. */
@NullMarked
package io.socialdesk.oncall.handoff;

import org.jspecify.annotations.NullMarked;
