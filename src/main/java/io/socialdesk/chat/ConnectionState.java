package io.socialdesk.chat;

import java.time.Instant;

/** How the bot's connection to its chat platform stands, for the health endpoint. */
public record ConnectionState(Platform platform, Status status, String detail, Instant since) {

    public enum Status {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        DISCONNECTED,
        /** The platform says the bot was removed or its token revoked: people must act. */
        UNINSTALLED
    }

    public boolean isUp() {
        return status == Status.CONNECTED;
    }
}
