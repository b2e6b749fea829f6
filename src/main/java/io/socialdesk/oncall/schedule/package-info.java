/** Who a rotation puts on watch, and who covers for the absent. Pure. */
@NullMarked
package io.socialdesk.oncall.schedule;

import org.jspecify.annotations.NullMarked;
