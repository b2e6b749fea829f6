package io.socialdesk.approval.draft;

import io.socialdesk.approval.DraftStatus;
import io.socialdesk.chat.Texts;

/** A request about a draft that cannot be granted; carries the message-bundle key and arguments of the reason. */
public class DraftRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public DraftRefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    /** The reason, in the language of {@code texts}. */
    public String message(Texts texts) {
        return texts.get(key, DraftStatus.inWords(texts, args));
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
