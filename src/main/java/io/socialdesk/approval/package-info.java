/**
 * The approval queue: drafts with per-network checks, approval policies and votes by reaction or button,
 * scheduling and publishing, and the audit trail. Listens to the chat port's reactions, buttons, thread messages
 * and forms.
 *
 * <p>The root holds what the rest of the bot may see: the draft ({@link io.socialdesk.approval.Draft}, its
 * {@link io.socialdesk.approval.DraftStatus} and {@link io.socialdesk.approval.Network}) and the module's
 * configuration. The parts live behind it: {@code draft} (storage, history, checks, submission, changes and the
 * {@code /sd draft} command), {@code voting} (policies, votes and how a draft moves with them), {@code card} (the
 * approval card and what the queue says in chat), {@code deadlines} (expiry, reminders, escalation),
 * {@code publishing} (the tick and the publishers) and {@code plan} (the editorial plan, its weekly post and the
 * calendar feed).
 */
@NullMarked
package io.socialdesk.approval;

import org.jspecify.annotations.NullMarked;
