package io.socialdesk.approval;

/** A request about a draft that cannot be granted; carries the message-bundle key and arguments of the reason. */
final class DraftRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    DraftRefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
