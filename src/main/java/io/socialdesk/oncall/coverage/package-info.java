/** Looking ahead for days on which nobody could keep the watch, and telling the admins before they come. */
@NullMarked
package io.socialdesk.oncall.coverage;

import org.jspecify.annotations.NullMarked;
