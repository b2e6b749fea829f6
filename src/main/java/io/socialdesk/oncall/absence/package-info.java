/** Absences entered with /sd away, and their covers. */
@NullMarked
package io.socialdesk.oncall.absence;

import org.jspecify.annotations.NullMarked;
