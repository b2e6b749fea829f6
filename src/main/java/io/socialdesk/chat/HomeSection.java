package io.socialdesk.chat;

import java.util.List;

/**
 * A module's part of a person's home page on the chat platform (Slack's App Home): e.g. their pending approvals,
 * open alerts or on-call status. Adapters that have such a page collect every bean of this type, in order.
 */
public interface HomeSection {

    /** The blocks to show {@code user}, in their language; empty to show nothing. */
    List<Block> blocksFor(UserRef user, Texts texts);
}
