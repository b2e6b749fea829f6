/**
 * The platform-neutral chat port: {@link io.socialdesk.chat.ChatGateway} for everything the bot says, inbound
 * {@link io.socialdesk.chat.ChatEvent} records for everything people do, published transactionally through
 * {@link io.socialdesk.chat.InboundEvents} and deduplicated by platform event id, and the
 * {@link io.socialdesk.chat.ChatCommand} extension point behind the {@code /sd} command root. Features depend on
 * this module only, never on an adapter.
 */
@NullMarked
package io.socialdesk.chat;

import org.jspecify.annotations.NullMarked;
