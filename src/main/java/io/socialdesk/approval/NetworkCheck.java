package io.socialdesk.approval;

/**
 * One network's verdict on a draft's text: its length as that network counts it, against the limit, and its
 * hashtags where the network limits them.
 */
record NetworkCheck(Network network, int length, int maxLength, int hashtags, int maxHashtags) {

    static NetworkCheck of(Network network, String text, ApprovalProperties.NetworkLimit limit) {
        return new NetworkCheck(
                network,
                PostLength.of(network, text),
                limit.maxLength(),
                PostLength.hashtags(text),
                limit.maxHashtags());
    }

    boolean tooLong() {
        return length > maxLength;
    }

    /** How many characters too many; 0 when it fits. */
    int overflow() {
        return Math.max(0, length - maxLength);
    }

    boolean tooManyHashtags() {
        return maxHashtags > 0 && hashtags > maxHashtags;
    }

    boolean passes() {
        return !tooLong() && !tooManyHashtags();
    }
}
