/** The /sd oncall and /sd away commands. */
@NullMarked
package io.socialdesk.oncall.commands;

import org.jspecify.annotations.NullMarked;
