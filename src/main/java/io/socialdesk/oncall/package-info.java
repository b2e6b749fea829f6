/**
 * The 24/7 watch: rotations, absences with stand-ins, quiet hours and escalation chains; pages people for alerts. Listens to the {@code watch} module's events.
 */
@NullMarked
package io.socialdesk.oncall;

import org.jspecify.annotations.NullMarked;
