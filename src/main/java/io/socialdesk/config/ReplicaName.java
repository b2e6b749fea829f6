package io.socialdesk.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** How this running bot is told apart from its replicas on one database. */
public final class ReplicaName {

    private ReplicaName() {}

    /** The host the bot runs on; the same after a restart there. */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException ex) {
            return "unknown-host";
        }
    }

    /** The host and a part that is new with every start, at most 100 characters. */
    public static String forThisStart() {
        String name = host() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
