package io.socialdesk.approval;

import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.MessagePosted;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What people do on approval cards, as the chat port reports it. Each listener runs in its own transaction after
 * the event was stored; one that fails is retried, and the platform's duplicates never reach here.
 */
@Component
class ApprovalListeners {

    private final DraftService drafts;

    ApprovalListeners(DraftService drafts) {
        this.drafts = drafts;
    }

    @ApplicationModuleListener
    void on(ReactionAdded reaction) {
        drafts.react(reaction.message(), reaction.user(), reaction.emoji());
    }

    @ApplicationModuleListener
    void on(ReactionRemoved reaction) {
        drafts.unreact(reaction.message(), reaction.user(), reaction.emoji());
    }

    @ApplicationModuleListener
    void on(ButtonClicked click) {
        drafts.click(click);
    }

    @ApplicationModuleListener
    void on(MessagePosted message) {
        if (message.threadParent() != null) {
            drafts.comment(message.threadParent(), message.user(), message.text());
        }
    }
}
