package io.socialdesk.approval.draft;

/** A request about a draft that cannot be granted; carries the message-bundle key and arguments of the reason. */
public final class DraftRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public DraftRefusedException(String key, Object... args) {
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
