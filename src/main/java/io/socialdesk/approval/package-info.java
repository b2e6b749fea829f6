/**
 * The approval queue: drafts with per-network checks, approval policies and votes by reaction or button, scheduling and publishing, and the audit trail. Listens to the chat port's reactions, buttons, thread messages and forms.
 */
@NullMarked
package io.socialdesk.approval;

import org.jspecify.annotations.NullMarked;
