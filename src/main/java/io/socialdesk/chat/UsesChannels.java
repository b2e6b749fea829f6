package io.socialdesk.chat;

import java.util.Map;

/**
 * A module's settings that name channels by purpose. {@link Channels} checks them at startup against
 * {@code chat.channels}, so a typo stops the bot instead of sending posts where nobody looks.
 */
public interface UsesChannels {

    /** The purposes this module posts to, by the key that names them, e.g. {@code approval.channel → approvals}. */
    Map<String, String> channelPurposes();
}
