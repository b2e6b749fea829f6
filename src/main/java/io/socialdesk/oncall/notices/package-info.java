/** How the on-call module speaks to people: by direct message in each one's language, and in the team's. */
@NullMarked
package io.socialdesk.oncall.notices;

import org.jspecify.annotations.NullMarked;
