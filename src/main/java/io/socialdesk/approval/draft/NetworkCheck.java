package io.socialdesk.approval.draft;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Network;

/**
 * One network's verdict on a draft's text: its length as that network counts it, against the limit, and its
 * hashtags where the network limits them.
 */
public record NetworkCheck(Network network, int length, int maxLength, int hashtags, int maxHashtags) {

    public static NetworkCheck of(Network network, String text, ApprovalProperties.NetworkLimit limit) {
        return new NetworkCheck(
                network,
                PostLength.of(network, text),
                limit.maxLength(),
                PostLength.hashtags(text),
                limit.maxHashtags());
    }

    public boolean tooLong() {
        return length > maxLength;
    }

    /** How many characters too many; 0 when it fits. */
    public int overflow() {
        return Math.max(0, length - maxLength);
    }

    public boolean tooManyHashtags() {
        return maxHashtags > 0 && hashtags > maxHashtags;
    }

    boolean passes() {
        return !tooLong() && !tooManyHashtags();
    }
}
