package io.socialdesk.team;

import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserRef;

/** What the bot says to an account it cannot match to a team member: which account it saw, and whom to ask. */
public final class NotOnTheTeam {

    private NotOnTheTeam() {}

    public static String text(Texts texts, UserRef user) {
        return texts.get("command.whoami.unknown", texts.platformName(user.platform()), user.id());
    }

    public static CommandReply reply(Texts texts, UserRef user) {
        return CommandReply.privately(text(texts, user));
    }
}
