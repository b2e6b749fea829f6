/** How an alert climbs its chain until someone takes it on. */
@NullMarked
package io.socialdesk.oncall.escalation;

import org.jspecify.annotations.NullMarked;
