package io.socialdesk.slack;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** A name for this running bot among its replicas: the host, and a part that is new with every start. */
final class ReplicaName {

    private ReplicaName() {}

    static String create() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException ex) {
            host = "unknown-host";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
